package org.kgconnector.web.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kgconnector.platform.admin.OverviewQueries;
import org.kgconnector.platform.admin.Views;
import org.kgconnector.platform.cluster.Heartbeat;
import org.kgconnector.web.admin.control.ConfigurationCheck;

/** {@code /koogallery/admin/overview}: the console's first page, the last 24 hours and the configuration at a glance. */
@Path("admin/overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    static final Duration PERIOD = Duration.ofHours(24);

    /** The overview: activity of the period, the configuration (never a secret's value), the nodes, the version. */
    public record Overview(String version, Views.Overview activity, Map<String, Object> configuration,
                           List<Heartbeat.Node> nodes) {
    }

    @Inject
    OverviewQueries queries;

    @Inject
    ConfigurationCheck configuration;

    @Inject
    Heartbeat heartbeat;

    @GET
    public Overview overview() {
        return new Overview(Heartbeat.version(), queries.overview(Instant.now().minus(PERIOD)), configuration.report(),
                heartbeat.nodes());
    }
}

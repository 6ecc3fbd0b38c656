package org.kgconnector.web.metrics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.kgconnector.platform.metrics.ConnectorMetrics;
import org.kgconnector.platform.metrics.MetricsScrape;

/**
 * {@code /koogallery/admin/metrics}: the node's metrics for a vendor's Prometheus, which scrapes with
 * {@code basic_auth} as an admin user (the path lies under the {@code /admin/*} constraint of {@code web.xml}). The
 * answer names its media type itself, whatever the scraper accepts: Prometheus asks for OpenMetrics first and takes
 * the text format 0.0.4.
 */
@Path("admin/metrics")
@RequestScoped
public class MetricsResource {

    @Inject
    MetricsScrape scrape;

    @GET
    public Response scrape() {
        return Response.ok(scrape.text(), ConnectorMetrics.CONTENT_TYPE).header("Cache-Control", "no-store").build();
    }
}

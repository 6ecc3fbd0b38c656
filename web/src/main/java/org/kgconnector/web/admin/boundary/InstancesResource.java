package org.kgconnector.web.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.kgconnector.platform.admin.InstanceQueries;
import org.kgconnector.platform.admin.PageKey;
import org.kgconnector.platform.admin.Views;
import org.kgconnector.web.admin.control.AdminParameters;
import org.kgconnector.web.admin.control.Paged;

/** {@code /koogallery/admin/instances}: the SaaS instances, newest first, found by instance id, order id or customer. */
@Path("admin/instances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstancesResource {

    @Inject
    InstanceQueries queries;

    @Context
    UriInfo uri;

    /** Instances newest first, after the key of the last page ({@code Link: rel="next"}); with {@code q}, the matches. */
    @GET
    public Response instances(@QueryParam("q") String q, @QueryParam("after") String after,
                              @QueryParam("limit") @DefaultValue("50") int limit) {
        String term = AdminParameters.text(q);
        if (term != null) {
            return Response.ok(queries.search(term)).build();
        }
        return Paged.answer(queries.instances(Paged.afterTime(after).orElse(null),
                after == null ? null : PageKey.name(after), limit), uri);
    }

    /** One instance's timeline: its callbacks, jobs, open-API calls and usage. */
    @GET
    @Path("{id}")
    public Views.InstanceDetail instance(@PathParam("id") String instanceId) {
        return queries.instance(instanceId).orElseThrow(() -> new NotFoundException("no instance " + instanceId));
    }
}

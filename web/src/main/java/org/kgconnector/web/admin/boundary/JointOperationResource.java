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
import org.kgconnector.platform.admin.JointOperationQueries;
import org.kgconnector.platform.admin.Views;
import org.kgconnector.web.admin.control.AdminParameters;
import org.kgconnector.web.admin.control.Paged;

/** {@code /koogallery/admin/tenants}: the joint-operation tenants with their apps, authorised users, users and departments. */
@Path("admin/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JointOperationResource {

    @Inject
    JointOperationQueries queries;

    @Context
    UriInfo uri;

    /** Tenants by id, after the tenant id {@code after}. */
    @GET
    public Response tenants(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") int limit) {
        return Paged.answer(queries.tenants(AdminParameters.text(after), limit), uri);
    }

    /** A tenant with its apps, who may use them, and its department tree. */
    @GET
    @Path("{id}")
    public Views.TenantDetail tenant(@PathParam("id") String tenantId) {
        return queries.tenant(tenantId).orElseThrow(() -> new NotFoundException("no tenant " + tenantId));
    }

    /** A tenant's users by user name, after the user name {@code after}. */
    @GET
    @Path("{id}/users")
    public Response users(@PathParam("id") String tenantId, @QueryParam("after") String after,
                          @QueryParam("limit") @DefaultValue("50") int limit) {
        return Paged.answer(queries.users(tenantId, AdminParameters.text(after), limit), uri);
    }
}

package org.kgconnector.web.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.kgconnector.platform.admin.LicenseQueries;
import org.kgconnector.platform.admin.PageKey;
import org.kgconnector.web.admin.control.Paged;

/** {@code /koogallery/admin/license-codes} and {@code …/license-grants}: the license products and their state. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicensesResource {

    @Inject
    LicenseQueries queries;

    @Context
    UriInfo uri;

    /** License codes (2.0), newest first, after the key {@code createdAt~license}. */
    @GET
    @Path("license-codes")
    public Response codes(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") int limit) {
        return Paged.answer(queries.codes(Paged.afterTime(after).orElse(null),
                after == null ? null : PageKey.name(after), limit), uri);
    }

    /** Online-License grants (one license per event and device), newest first, below the id {@code after}. */
    @GET
    @Path("license-grants")
    public Response grants(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") int limit) {
        return Paged.answer(queries.grants(Paged.afterId(after).orElse(null), limit), uri);
    }
}

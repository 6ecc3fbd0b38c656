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
import java.util.Arrays;
import java.util.stream.Collectors;
import org.kgconnector.platform.admin.CallbackFilter;
import org.kgconnector.platform.admin.CallbackQueries;
import org.kgconnector.platform.admin.Views;
import org.kgconnector.platform.ledger.CallbackFamily;
import org.kgconnector.protocol.signature.Verification;
import org.kgconnector.web.admin.control.AdminParameters;
import org.kgconnector.web.admin.control.Paged;

/** {@code /koogallery/admin/callbacks}: the inbound ledger, newest first, filtered, each row with the redacted request and the answer. */
@Path("admin/callbacks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallbacksResource {

    private static final String FAMILIES = Arrays.stream(CallbackFamily.values()).map(CallbackFamily::label)
            .collect(Collectors.joining(", "));

    @Inject
    CallbackQueries queries;

    @Context
    UriInfo uri;

    /**
     * Ledger rows by {@code family} ({@code saas}, {@code kit}, {@code license}, {@code license-code}, {@code sso}),
     * {@code activity}, {@code resultCode}, {@code verification}, {@code instanceId}, {@code ref} (the reference of
     * a log line) and time ({@code from}
     * inclusive, {@code to} exclusive, ISO-8601), below the id {@code after}.
     */
    @GET
    public Response callbacks(@QueryParam("family") String family, @QueryParam("activity") String activity,
                              @QueryParam("resultCode") String resultCode,
                              @QueryParam("verification") String verification,
                              @QueryParam("instanceId") String instanceId, @QueryParam("ref") String ref,
                              @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("after") String after,
                              @QueryParam("limit") @DefaultValue("50") int limit) {
        CallbackFilter filter = new CallbackFilter(
                AdminParameters.lookedUp("family", family, CallbackFamily::ofLabel, FAMILIES),
                AdminParameters.text(activity), AdminParameters.text(resultCode),
                AdminParameters.constant("verification", verification, Verification.class),
                AdminParameters.instant("from", from), AdminParameters.instant("to", to),
                AdminParameters.text(instanceId), AdminParameters.text(ref));
        return Paged.answer(queries.callbacks(filter, Paged.afterId(after).orElse(null), limit), uri);
    }

    @GET
    @Path("{id}")
    public Views.CallbackView callback(@PathParam("id") long id) {
        return queries.callback(id).orElseThrow(() -> new NotFoundException("no callback " + id));
    }
}

package org.kgconnector.web.kit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kgconnector.kit.sync.boundary.KitSync;
import org.kgconnector.kit.sync.boundary.SyncOutcome;
import org.kgconnector.web.callback.control.CallbackAnswers;
import org.kgconnector.web.callback.control.CallbackExchange;
import org.kgconnector.web.callback.control.JsonFields;
import org.kgconnector.web.callback.control.SignatureScheme;
import org.kgconnector.web.callback.control.SignedCallback;
import org.kgconnector.web.callback.control.WireName;
import org.kgconnector.web.kit.control.KitBodies;
import org.kgconnector.web.kit.control.KitInterface;

/**
 * The Kit syncs, V2 at {@code …/produceAPI/v2/{sync}} and V1 at {@code …/produceAPI/{sync}}, under
 * {@code /koogallery/saas} and, because legacy License shares its address with Kit V1, {@code /koogallery/license}
 * (decision 13 of docs/protocol/decisions.md).
 */
@Path("{address: saas|license}/produceAPI")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class KitResource {

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Inject
    KitSync sync;

    @POST
    @Path("v2/{sync}")
    @SignedCallback(SignatureScheme.KIT_V2)
    public Response v2(@PathParam("sync") String name) {
        return handle(name);
    }

    @POST
    @Path("{sync}")
    @SignedCallback(SignatureScheme.KIT_V1)
    public Response v1(@PathParam("sync") String name) {
        return handle(name);
    }

    private Response handle(String name) {
        return answers.forBody(callback -> {
            JsonObject body = callback.body();
            exchange.describe(name, JsonFields.optional(body, "instanceId", 64), JsonFields.testFlag(body));
            KitInterface called = WireName.parse(KitInterface.class, name, () -> "no Kit interface is called " + name + ".");
            SyncOutcome outcome = switch (called) {
                case tenantSync -> sync.tenantSync(KitBodies.tenant(body));
                case applicationSync -> sync.applicationSync(KitBodies.application(body));
                case authSync -> sync.authSync(KitBodies.auth(body));
                case singleOrgSync -> sync.singleOrgSync(KitBodies.singleOrg(body));
                case allOrgSync -> sync.allOrgSync(KitBodies.allOrg(body));
            };
            return answers.result(outcome.code(), outcome.message());
        });
    }
}

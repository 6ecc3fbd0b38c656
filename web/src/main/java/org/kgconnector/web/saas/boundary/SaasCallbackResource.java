package org.kgconnector.web.saas.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.saas.instance.boundary.CallbackOutcome;
import org.kgconnector.saas.instance.boundary.InstanceLifecycle;
import org.kgconnector.web.callback.control.CallbackAnswers;
import org.kgconnector.web.callback.control.CallbackExchange;
import org.kgconnector.web.callback.control.InvalidCallbackException;
import org.kgconnector.web.callback.control.JsonFields;
import org.kgconnector.web.callback.control.SignatureScheme;
import org.kgconnector.web.callback.control.SignedCallback;
import org.kgconnector.web.saas.control.SaasV2Answers;
import org.kgconnector.web.saas.control.SaasV2Commands;

/** {@code POST /koogallery/saas}: the SaaS V2 activities and {@code orderNotify}, verified with the {@code base} key. */
@Path("saas")
@RequestScoped
public class SaasCallbackResource {

    static final String ADDRESS = "saas";

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Inject
    InstanceLifecycle lifecycle;

    @POST
    @SignedCallback(SignatureScheme.V2_BASE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response callback() {
        JsonObject body = exchange.body();
        if (body == null) {
            return answers.result(ResultCode.INVALID_PARAMETER, exchange.bodyProblem() + ".");
        }
        try {
            String activity = SaasV2Commands.activity(body);
            boolean test = JsonFields.testFlag(body);
            exchange.describe(activity, SaasV2Commands.instanceIdForLedger(body), test);
            CallbackOutcome outcome = dispatch(activity, body);
            if (outcome.instanceId() != null) {
                exchange.describe(activity, outcome.instanceId(), test);
            }
            return answers.answer(SaasV2Answers.body(outcome));
        } catch (InvalidCallbackException invalid) {
            return answers.result(ResultCode.INVALID_PARAMETER, invalid.getMessage());
        }
    }

    private CallbackOutcome dispatch(String activity, JsonObject body) {
        return switch (activity) {
            case "newInstance" -> lifecycle.newInstance(SaasV2Commands.newInstance(body));
            case "queryInstance" -> lifecycle.queryInstance(SaasV2Commands.queryInstance(body));
            case "refreshInstance" -> lifecycle.refreshInstance(SaasV2Commands.refreshInstance(body));
            case "updateInstanceStatus" -> lifecycle.updateInstanceStatus(SaasV2Commands.updateInstanceStatus(body));
            case "releaseInstance" -> lifecycle.releaseInstance(SaasV2Commands.releaseInstance(body));
            case "upgradeInstance" -> lifecycle.upgradeInstance(SaasV2Commands.upgradeInstance(body));
            case "changeInstanceCheck" -> lifecycle.changeInstanceCheck(SaasV2Commands.changeInstanceCheck(body));
            case "orderNotify" -> lifecycle.orderNotify(SaasV2Commands.orderNotify(body, ADDRESS));
            default -> throw new InvalidCallbackException("activity " + activity + " is not known at this address.");
        };
    }
}

package org.kgconnector.web.saas.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.legacy.EncryptType;
import org.kgconnector.protocol.legacy.LegacyAesCipher;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.saas.instance.boundary.CallbackOutcome;
import org.kgconnector.saas.instance.boundary.Commands;
import org.kgconnector.saas.instance.boundary.InstanceLifecycle;
import org.kgconnector.web.callback.control.CallbackAnswers;
import org.kgconnector.web.callback.control.CallbackExchange;
import org.kgconnector.web.callback.control.JsonFields;
import org.kgconnector.web.callback.control.OrderNotices;
import org.kgconnector.web.callback.control.SignatureScheme;
import org.kgconnector.web.callback.control.SignedCallback;
import org.kgconnector.web.callback.control.WireName;
import org.kgconnector.web.saas.control.LegacySaasActivity;
import org.kgconnector.web.saas.control.SaasActivity;
import org.kgconnector.web.saas.control.SaasAnswers;
import org.kgconnector.web.saas.control.SaasV1Commands;
import org.kgconnector.web.saas.control.SaasV2Commands;

/**
 * {@code /koogallery/saas}: {@code POST} serves the SaaS V2 activities and {@code orderNotify} (the {@code base}
 * key), {@code GET} the legacy SaaS V1 activities (the {@code legacy} key). Both feed the same instance model.
 */
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

    @Inject
    OrderNotices orderNotices;

    @Inject
    ConnectorSettings settings;

    @POST
    @SignedCallback(SignatureScheme.V2_BASE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response callback() {
        return answers.forBody(callback -> {
            JsonObject body = callback.body();
            String activity = SaasV2Commands.activity(body);
            boolean test = JsonFields.testFlag(body);
            exchange.describe(activity, SaasV2Commands.instanceIdForLedger(body), test);
            if (OrderNotices.isOrderNotify(activity)) {
                return orderNotices.answer(body, ADDRESS, answers);
            }
            CallbackOutcome outcome = dispatch(WireName.activity(SaasActivity.class, activity), body);
            if (outcome.instanceId() != null) {
                exchange.describe(activity, outcome.instanceId(), test);
            }
            return answers.answer(SaasAnswers.v2(outcome));
        });
    }

    /** {@code GET /koogallery/saas}: the SaaS V1 activities, verified with the {@code legacy} key's authToken. */
    @GET
    @SignedCallback(SignatureScheme.V1_QUERY)
    @Produces(MediaType.APPLICATION_JSON)
    public Response legacyCallback() {
        return answers.forQuery(callback -> {
            Map<String, String> parameters = callback.parameters();
            SaasV1Commands v1 = new SaasV1Commands(parameters);
            String activity = v1.activity();
            exchange.describe(activity, v1.instanceIdForLedger(), v1.test());
            LegacyAesCipher cipher = new LegacyAesCipher(callback.key().value(), EncryptType.ofBits(settings.legacyAesBits()));
            CallbackOutcome outcome = dispatchV1(WireName.activity(LegacySaasActivity.class, activity), v1, cipher);
            if (outcome.instanceId() != null) {
                exchange.describe(activity, outcome.instanceId(), v1.test());
            }
            return answers.answer(SaasAnswers.v1(outcome, cipher));
        });
    }

    private CallbackOutcome dispatchV1(LegacySaasActivity activity, SaasV1Commands v1, LegacyAesCipher cipher) {
        return switch (activity) {
            case newInstance -> withAppInfo(lifecycle.newInstance(v1.newInstance(cipher), exchange.arrival()), v1.test());
            case refreshInstance -> lifecycle.refreshInstance(v1.refreshInstance());
            case expireInstance -> lifecycle.updateInstanceStatus(v1.expireInstance());
            case instanceStatus -> lifecycle.updateInstanceStatus(v1.instanceStatus());
            case releaseInstance -> lifecycle.releaseInstance(v1.releaseInstance());
            case upgrade -> lifecycle.upgradeInstance(v1.upgrade());
            case queryInstance -> lifecycle.queryInstance(v1.queryInstance());
        };
    }

    /** A V1 {@code newInstance} answers the instance information itself (V2 leaves that to queryInstance). */
    private CallbackOutcome withAppInfo(CallbackOutcome created, boolean test) {
        if (created.code() != ResultCode.SUCCESS) {
            return created;
        }
        CallbackOutcome query = lifecycle.queryInstance(new Commands.QueryInstance(List.of(created.instanceId()), test));
        return new CallbackOutcome(created.code(), created.message(), created.instanceId(), query.info());
    }

    private CallbackOutcome dispatch(SaasActivity activity, JsonObject body) {
        return switch (activity) {
            case newInstance -> lifecycle.newInstance(SaasV2Commands.newInstance(body), exchange.arrival());
            case queryInstance -> lifecycle.queryInstance(SaasV2Commands.queryInstance(body));
            case refreshInstance -> lifecycle.refreshInstance(SaasV2Commands.refreshInstance(body));
            case updateInstanceStatus -> lifecycle.updateInstanceStatus(SaasV2Commands.updateInstanceStatus(body));
            case releaseInstance -> lifecycle.releaseInstance(SaasV2Commands.releaseInstance(body));
            case upgradeInstance -> lifecycle.upgradeInstance(SaasV2Commands.upgradeInstance(body));
            case changeInstanceCheck -> lifecycle.changeInstanceCheck(SaasV2Commands.changeInstanceCheck(body));
        };
    }
}

package org.kgconnector.web.license.boundary;

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
import java.util.Map;
import org.kgconnector.licensing.LicenseOutcome;
import org.kgconnector.licensing.online.boundary.LegacyLicenses;
import org.kgconnector.licensing.online.boundary.OnlineLicenses;
import org.kgconnector.web.callback.control.CallbackAnswers;
import org.kgconnector.web.callback.control.CallbackExchange;
import org.kgconnector.web.callback.control.JsonFields;
import org.kgconnector.web.callback.control.OrderNotices;
import org.kgconnector.web.callback.control.SignatureScheme;
import org.kgconnector.web.callback.control.SignedCallback;
import org.kgconnector.web.callback.control.WireName;
import org.kgconnector.web.license.control.LegacyLicenseActivity;
import org.kgconnector.web.license.control.LegacyLicenseQueries;
import org.kgconnector.web.license.control.LicenseAnswers;
import org.kgconnector.web.license.control.OnlineLicenseActivity;
import org.kgconnector.web.license.control.OnlineLicenseBodies;
import org.kgconnector.web.saas.control.SaasV2Commands;

/**
 * {@code /koogallery/license}: {@code POST} serves the online-License activities and {@code orderNotify} (the
 * {@code base} key), {@code GET} the legacy License activities (the {@code legacy} key's authToken).
 */
@Path("license")
@RequestScoped
public class LicenseResource {

    static final String ADDRESS = "license";

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Inject
    OnlineLicenses online;

    @Inject
    LegacyLicenses legacy;

    @Inject
    OrderNotices orderNotices;

    @POST
    @SignedCallback(SignatureScheme.V2_BASE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response callback() {
        return answers.forBody(callback -> {
            JsonObject body = callback.body();
            String activity = JsonFields.required(body, "activity", 32);
            boolean test = JsonFields.testFlag(body);
            exchange.describe(activity, SaasV2Commands.instanceIdForLedger(body), test);
            if (OrderNotices.isOrderNotify(activity)) {
                return orderNotices.answer(body, ADDRESS, answers);
            }
            LicenseOutcome outcome = switch (WireName.activity(OnlineLicenseActivity.class, activity)) {
                case newInstance -> online.newInstance(OnlineLicenseBodies.newInstance(body));
                case refreshInstance -> online.refreshInstance(OnlineLicenseBodies.refreshInstance(body));
                case updateInstanceStatus -> online.updateInstanceStatus(OnlineLicenseBodies.updateInstanceStatus(body));
                case releaseInstance -> online.releaseInstance(OnlineLicenseBodies.releaseInstance(body));
                case getLicenseAsync -> online.getLicenseAsync(OnlineLicenseBodies.getLicenseAsync(body), exchange.arrival());
            };
            if (outcome.instanceId() != null) {
                exchange.describe(activity, outcome.instanceId(), test);
            }
            return answers.answer(LicenseAnswers.of(outcome));
        });
    }

    /** {@code GET /koogallery/license}: the legacy License activities, {@code Body-Sign} with the legacy key. */
    @GET
    @SignedCallback(SignatureScheme.V1_QUERY)
    @Produces(MediaType.APPLICATION_JSON)
    public Response legacyCallback() {
        return answers.forQuery(callback -> {
            Map<String, String> parameters = callback.parameters();
            LegacyLicenseQueries query = new LegacyLicenseQueries(parameters);
            String activity = query.activity();
            exchange.describe(activity, query.instanceIdForLedger(), query.test());
            LicenseOutcome outcome = switch (WireName.activity(LegacyLicenseActivity.class, activity)) {
                case getLicense -> legacy.getLicense(query.getLicense());
                case refreshLicense -> legacy.refreshLicense(query.refreshLicense());
                case expireLicense -> legacy.expireLicense(query.expireLicense());
                case releaseLicense -> legacy.releaseLicense(query.releaseLicense());
            };
            if (outcome.instanceId() != null) {
                exchange.describe(activity, outcome.instanceId(), query.test());
            }
            return answers.answer(LicenseAnswers.of(outcome));
        });
    }
}

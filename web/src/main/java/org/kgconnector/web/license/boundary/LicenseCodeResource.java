package org.kgconnector.web.license.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kgconnector.licensing.LicenseOutcome;
import org.kgconnector.licensing.code.boundary.LicenseCodeCallbacks;
import org.kgconnector.web.callback.control.CallbackAnswers;
import org.kgconnector.web.callback.control.CallbackExchange;
import org.kgconnector.web.callback.control.JsonFields;
import org.kgconnector.web.callback.control.OrderNotices;
import org.kgconnector.web.callback.control.SignatureScheme;
import org.kgconnector.web.callback.control.SignedCallback;
import org.kgconnector.web.callback.control.WireName;
import org.kgconnector.web.license.control.LicenseAnswers;
import org.kgconnector.web.license.control.LicenseCodeActivity;
import org.kgconnector.web.license.control.LicenseCodeBodies;

/** {@code POST /koogallery/license-code}: the license-code 2.0 callbacks and {@code orderNotify}. */
@Path("license-code")
@RequestScoped
public class LicenseCodeResource {

    static final String ADDRESS = "license-code";

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Inject
    LicenseCodeCallbacks codes;

    @Inject
    OrderNotices orderNotices;

    @POST
    @SignedCallback(SignatureScheme.LICENSE_CODE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response callback() {
        return answers.forBody(callback -> {
            JsonObject body = callback.body();
            String activity = JsonFields.required(body, "activity", 32);
            exchange.describe(activity, LicenseCodeBodies.licenseForLedger(body), JsonFields.testFlag(body));
            if (OrderNotices.isOrderNotify(activity)) {
                return orderNotices.answer(body, ADDRESS, answers);
            }
            LicenseOutcome outcome = switch (WireName.activity(LicenseCodeActivity.class, activity)) {
                case refreshLicenseCode -> codes.refresh(LicenseCodeBodies.refresh(body));
                case updateLicenseCodeStatus -> codes.updateStatus(LicenseCodeBodies.status(body));
                case releaseLicenseCode -> codes.release(LicenseCodeBodies.release(body));
            };
            return answers.answer(LicenseAnswers.of(outcome));
        });
    }
}

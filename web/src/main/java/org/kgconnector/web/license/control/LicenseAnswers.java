package org.kgconnector.web.license.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.kgconnector.licensing.LicenseOutcome;
import org.kgconnector.web.callback.control.CallbackAnswers;

/** Turns a {@link LicenseOutcome} into the answer body: result code and message, then {@code instanceId} and {@code license} when present. */
public final class LicenseAnswers {

    private LicenseAnswers() {
    }

    public static JsonObject of(LicenseOutcome outcome) {
        JsonObjectBuilder body = CallbackAnswers.resultBuilder(outcome.code(), outcome.message());
        if (outcome.instanceId() != null) {
            body.add("instanceId", outcome.instanceId());
        }
        if (outcome.license() != null) {
            body.add("license", outcome.license());
        }
        return body.build();
    }
}

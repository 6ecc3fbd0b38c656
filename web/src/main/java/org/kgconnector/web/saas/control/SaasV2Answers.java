package org.kgconnector.web.saas.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.kgconnector.saas.instance.boundary.CallbackOutcome;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.spi.AppInfo;
import org.kgconnector.web.callback.control.CallbackAnswers;

/** Turns a {@link CallbackOutcome} into the answer body of saas.md §5, leaving out what is null. */
public final class SaasV2Answers {

    private SaasV2Answers() {
    }

    public static JsonObject body(CallbackOutcome outcome) {
        JsonObjectBuilder body = CallbackAnswers.resultBuilder(outcome.code(), outcome.message());
        if (outcome.instanceId() != null) {
            body.add("instanceId", outcome.instanceId());
        }
        if (outcome.info() != null) {
            JsonArrayBuilder info = JsonText.provider().createArrayBuilder();
            for (CallbackOutcome.InstanceInfo entry : outcome.info()) {
                JsonObjectBuilder item = JsonText.provider().createObjectBuilder().add("instanceId", entry.instanceId());
                if (entry.appInfo() != null) {
                    item.add("appInfo", appInfo(entry.appInfo()));
                }
                info.add(item);
            }
            body.add("info", info);
        }
        return body.build();
    }

    private static JsonObjectBuilder appInfo(AppInfo app) {
        JsonObjectBuilder json = JsonText.provider().createObjectBuilder().add("frontEndUrl", app.frontEndUrl());
        addIfPresent(json, "adminUrl", app.adminUrl());
        addIfPresent(json, "userName", app.userName());
        addIfPresent(json, "password", app.password());
        addIfPresent(json, "memo", app.memo());
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}

package org.kgconnector.web.saas.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.UnaryOperator;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.legacy.LegacyAesCipher;
import org.kgconnector.saas.instance.boundary.CallbackOutcome;
import org.kgconnector.spi.AppInfo;
import org.kgconnector.web.callback.control.CallbackAnswers;

/**
 * Turns a {@link CallbackOutcome} into the answer body of docs/protocol/saas.md §5 (V2) or §6 (V1), leaving out what is null.
 * V1 answers carry {@code encryptType} and the app account's {@code userName} and {@code password} encrypted.
 */
public final class SaasAnswers {

    private SaasAnswers() {
    }

    /** The V2 answer: app information in clear. */
    public static JsonObject v2(CallbackOutcome outcome) {
        return body(outcome, UnaryOperator.identity(), null);
    }

    /**
     * The V1 answer: {@code userName} and {@code password} encrypted with the legacy cipher; a
     * {@code newInstance} answer (it has an {@code instanceId}) carries its {@code appInfo} beside it, not in
     * {@code info}.
     */
    public static JsonObject v1(CallbackOutcome outcome, LegacyAesCipher cipher) {
        boolean hasAppInfo = outcome.info() != null && outcome.info().stream().anyMatch(i -> i.appInfo() != null);
        JsonObject body = body(outcome, cipher::encrypt, hasAppInfo ? cipher.type().code() : null);
        if (outcome.instanceId() == null || !body.containsKey("info")) {
            return body;
        }
        JsonObjectBuilder flat = JsonText.provider().createObjectBuilder();
        body.forEach((name, value) -> {
            if (!name.equals("info")) {
                flat.add(name, value);
            }
        });
        JsonObject first = body.getJsonArray("info").getJsonObject(0);
        if (first.containsKey("appInfo")) {
            flat.add("appInfo", first.get("appInfo"));
        }
        return flat.build();
    }

    private static JsonObject body(CallbackOutcome outcome, UnaryOperator<String> protect, String encryptType) {
        JsonObjectBuilder body = CallbackAnswers.resultBuilder(outcome.code(), outcome.message());
        if (encryptType != null) {
            body.add("encryptType", encryptType);
        }
        if (outcome.instanceId() != null) {
            body.add("instanceId", outcome.instanceId());
        }
        if (outcome.info() != null) {
            JsonArrayBuilder info = JsonText.provider().createArrayBuilder();
            for (CallbackOutcome.InstanceInfo entry : outcome.info()) {
                JsonObjectBuilder item = JsonText.provider().createObjectBuilder().add("instanceId", entry.instanceId());
                if (entry.appInfo() != null) {
                    item.add("appInfo", appInfo(entry.appInfo(), protect));
                }
                info.add(item);
            }
            body.add("info", info);
        }
        return body.build();
    }

    private static JsonObjectBuilder appInfo(AppInfo app, UnaryOperator<String> protect) {
        JsonObjectBuilder json = JsonText.provider().createObjectBuilder().add("frontEndUrl", app.frontEndUrl());
        addIfPresent(json, "adminUrl", app.adminUrl());
        addIfPresent(json, "userName", app.userName() == null ? null : protect.apply(app.userName()));
        addIfPresent(json, "password", app.password() == null ? null : protect.apply(app.password()));
        addIfPresent(json, "memo", app.memo());
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}

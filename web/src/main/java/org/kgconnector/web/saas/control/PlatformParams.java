package org.kgconnector.web.saas.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;
import org.kgconnector.web.callback.control.InvalidCallbackException;

/**
 * The WeLink {@code platformParams} extension of {@code newInstance} (docs/protocol/kit.md §5.6): an entry named
 * {@code platformParams} among the extension parameters, whose value is a JSON string. Kept as
 * {@code tenantName}, {@code tenantId} and {@code userId}; the documented {@code tennantId} spelling and the debug
 * page's {@code tenantId} are both read.
 */
final class PlatformParams {

    private PlatformParams() {
    }

    /** The normalised object from a list of {@code {"name":…,"value":…}} entries, if one is named so. */
    static Optional<JsonObject> find(JsonArray params) {
        for (JsonValue entry : params) {
            if (entry.getValueType() == JsonValue.ValueType.OBJECT
                    && "platformParams".equals(entry.asJsonObject().getString("name", null))) {
                return Optional.of(normalise(entry.asJsonObject()));
            }
        }
        return Optional.empty();
    }

    private static JsonObject normalise(JsonObject entry) {
        JsonObject raw;
        try {
            raw = JsonText.parseObject(entry.getString("value", "").getBytes(StandardCharsets.UTF_8));
        } catch (MalformedJsonException | ClassCastException e) {
            throw new InvalidCallbackException("platformParams is not a JSON object.");
        }
        JsonObjectBuilder normalised = JsonText.provider().createObjectBuilder();
        for (String[] names : new String[][] {{"tenantName"}, {"tenantId", "tennantId"}, {"userId"}}) {
            for (String name : names) {
                if (raw.containsKey(name) && raw.get(name).getValueType() == JsonValue.ValueType.STRING) {
                    normalised.add(names[0], raw.getString(name));
                    break;
                }
            }
        }
        return normalised.build();
    }
}

package org.kgconnector.web.api.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the members of one usage event; every problem is an {@link IllegalArgumentException} with a clear message. */
public final class ApiRequests {

    private ApiRequests() {
    }

    /** An optional string member. */
    public static String text(JsonObject body, String name, int maxLength) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s) || s.getString().length() > maxLength) {
            throw new IllegalArgumentException(name + " must be a string of at most " + maxLength + " characters.");
        }
        return s.getString();
    }
}

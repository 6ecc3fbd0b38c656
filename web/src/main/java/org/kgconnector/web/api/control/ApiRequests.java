package org.kgconnector.web.api.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;

/** Reads vendor API request bodies; every problem is an {@link IllegalArgumentException} with a clear message. */
public final class ApiRequests {

    private ApiRequests() {
    }

    public static JsonObject object(byte[] body) {
        try {
            return JsonText.parseObject(body);
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException("the body must be a JSON object: " + e.getMessage());
        }
    }

    /** A list of distinct non-empty strings of at most {@code maxLength} characters; absent is empty. */
    public static List<String> strings(JsonObject body, String name, int maxLength, int maxCount) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new IllegalArgumentException(name + " must be an array of strings.");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > maxLength) {
                throw new IllegalArgumentException(name + " must hold non-empty strings of at most " + maxLength
                        + " characters.");
            }
            distinct.add(s.getString().trim());
        }
        if (distinct.size() > maxCount) {
            throw new IllegalArgumentException(name + " holds more than " + maxCount + " entries.");
        }
        return new ArrayList<>(distinct);
    }

    /** A whole number from 0 to 999,999,999, or null when absent. */
    public static Integer count(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > 999_999_999L) {
            throw new IllegalArgumentException(name + " must be a whole number from 0 to 999999999.");
        }
        return n.intValue();
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

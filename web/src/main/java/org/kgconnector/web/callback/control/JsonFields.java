package org.kgconnector.web.callback.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads and validates the flat string fields of a callback body; every problem is an {@link InvalidCallbackException}. */
public final class JsonFields {

    private JsonFields() {
    }

    public static String required(JsonObject body, String name, int maxLength) {
        String value = optional(body, name, maxLength);
        if (value == null) {
            throw new InvalidCallbackException(name + " is missing.");
        }
        return value;
    }

    /** A string member, or null when absent, JSON null or empty. */
    public static String optional(JsonObject body, String name, int maxLength) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidCallbackException(name + " must be a string.");
        }
        String text = ((JsonString) value).getString();
        if (text.length() > maxLength) {
            throw new InvalidCallbackException(name + " is longer than " + maxLength + " characters.");
        }
        return text.isEmpty() ? null : text;
    }

    /** A string member that must be present but may be empty (Kit {@code instanceId} of a credential application). */
    public static String present(JsonObject body, String name, int maxLength) {
        if (!body.containsKey(name) || body.isNull(name)) {
            throw new InvalidCallbackException(name + " is missing.");
        }
        String value = optional(body, name, maxLength);
        return value == null ? "" : value;
    }

    /** A whole number sent as a JSON number or a string of digits. */
    public static int integer(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidCallbackException(name + " is missing.");
        }
        String text = switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).toString();
            case STRING -> ((JsonString) value).getString().trim();
            default -> throw new InvalidCallbackException(name + " must be a whole number.");
        };
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            throw new InvalidCallbackException(name + " must be a whole number.");
        }
        return Integer.parseInt(text);
    }

    /** {@code testFlag}: {@code "1"} or {@code 1} is a test call; absent, {@code "0"} or {@code 0} a real one. */
    public static boolean testFlag(JsonObject body) {
        JsonValue value = body.get("testFlag");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString().trim();
            case NUMBER -> ((JsonNumber) value).toString();
            default -> throw new InvalidCallbackException("testFlag must be \"0\" or \"1\".");
        };
        return switch (text) {
            case "1" -> true;
            case "0", "" -> false;
            default -> throw new InvalidCallbackException("testFlag must be \"0\" or \"1\".");
        };
    }

    /** The raw JSON text of a member of any type, or null when absent. */
    public static String rawJson(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }
}

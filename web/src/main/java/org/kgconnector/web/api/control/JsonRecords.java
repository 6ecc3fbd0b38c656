package org.kgconnector.web.api.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Binds a JSON object to a request record, component by name: a string, a whole number, a list of strings or a
 * JSON array; an absent or null member is null. A member of the wrong JSON type is a 400 naming it; its values'
 * bounds are the record's constraints.
 */
final class JsonRecords {

    private JsonRecords() {
    }

    static <T> T bind(Class<T> type, JsonObject json) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i], json.get(components[i].getName()));
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException refused) {
            throw new InvalidVendorRequest(refused.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be built from JSON", e);
        }
    }

    /** The entries once each, trimmed, in the order given; none for none. */
    static List<String> distinctTrimmed(List<String> entries) {
        return entries == null ? List.of() : List.copyOf(new LinkedHashSet<>(entries.stream().map(String::trim).toList()));
    }

    private static Object value(RecordComponent component, JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String name = component.getName();
        Class<?> type = component.getType();
        if (type == String.class && value instanceof JsonString s) {
            return s.getString();
        }
        if (type == Integer.class && value instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.bigDecimalValue().intValueExact();
            } catch (ArithmeticException tooLarge) {
                throw wrongType(name, "a whole number");
            }
        }
        if (type == JsonArray.class && value instanceof JsonArray array) {
            return array;
        }
        if (type == List.class && elementType(component) == String.class && value instanceof JsonArray array
                && array.stream().allMatch(JsonString.class::isInstance)) {
            return array.getValuesAs(JsonString::getString);
        }
        throw wrongType(name, type == String.class ? "a string" : type == Integer.class ? "a whole number"
                : type == JsonArray.class ? "an array" : "an array of strings");
    }

    private static InvalidVendorRequest wrongType(String name, String what) {
        return new InvalidVendorRequest(name + " must be " + what + ".");
    }

    private static Type elementType(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }
}

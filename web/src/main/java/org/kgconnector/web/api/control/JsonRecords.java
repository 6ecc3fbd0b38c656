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
import java.util.ArrayList;
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

    private static Object value(RecordComponent component, JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String name = component.getName();
        Class<?> type = component.getType();
        if (type == String.class) {
            return expect(value instanceof JsonString, name, "a string") ? ((JsonString) value).getString() : null;
        }
        if (type == Integer.class) {
            boolean whole = value instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().precision() <= 10;
            return expect(whole && fitsAnInt((JsonNumber) value), name, "a whole number") ? ((JsonNumber) value).intValue() : null;
        }
        if (type == JsonArray.class) {
            return expect(value instanceof JsonArray, name, "an array") ? value : null;
        }
        if (type == List.class && elementType(component) == String.class) {
            expect(value instanceof JsonArray, name, "an array of strings");
            List<String> strings = new ArrayList<>();
            for (JsonValue item : (JsonArray) value) {
                expect(item instanceof JsonString, name, "an array of strings");
                strings.add(((JsonString) item).getString());
            }
            return strings;
        }
        throw new IllegalStateException(component + " has a type the vendor API does not read");
    }

    private static boolean fitsAnInt(JsonNumber n) {
        long v = n.longValue();
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    }

    private static boolean expect(boolean holds, String name, String what) {
        if (!holds) {
            throw new InvalidVendorRequest(name + " must be " + what + ".");
        }
        return true;
    }

    private static Type elementType(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }
}

package org.kgconnector.protocol.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical forms of docs/protocol/decisions.md, decision 7.
 *
 * <ul>
 *   <li>{@link #topLevelSorted(JsonObject)}: inbound verification. Top-level members sorted by key (Java
 *       {@code String} order), members whose value is {@code null} dropped, compact; nested objects and arrays
 *       keep their received order; numbers as received.</li>
 *   <li>{@link #deepSortedStrings(Map)}: the outbound usage push. Keys sorted at every level, compact, every
 *       scalar a string.</li>
 * </ul>
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static byte[] topLevelSorted(JsonObject object) {
        Map<String, JsonValue> sorted = new TreeMap<>();
        object.forEach((key, value) -> {
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                sorted.put(key, value);
            }
        });
        StringBuilder out = new StringBuilder(256);
        JsonText.writeMembers(sorted.entrySet().iterator(), out);
        return JsonText.utf8(out);
    }

    /**
     * Serialises a tree of maps, lists and scalars with keys sorted at every level and every scalar written as
     * a JSON string ({@code null} members are left out).
     */
    public static String deepSortedStrings(Map<String, ?> tree) {
        StringBuilder out = new StringBuilder(256);
        writeDeep(tree, out);
        return out.toString();
    }

    private static void writeDeep(Object node, StringBuilder out) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    sorted.put(String.valueOf(k), v);
                }
            });
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                JsonText.writeString(e.getKey(), out);
                out.append(':');
                writeDeep(e.getValue(), out);
            }
            out.append('}');
        } else if (node instanceof Iterable<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeDeep(item, out);
            }
            out.append(']');
        } else if (node instanceof JsonString s) {
            JsonText.writeString(s.getString(), out);
        } else {
            JsonText.writeString(String.valueOf(node), out);
        }
    }
}

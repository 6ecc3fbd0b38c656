package org.kgconnector.protocol.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a JSON object and writes JSON values the way the marketplace's reference code (Jackson's defaults)
 * does: compact, non-ASCII and {@code /} unescaped, control characters escaped, numbers as received.
 */
public final class JsonText {

    /**
     * Looked up once: {@code Json.createXxx} searches the service loader on every call, which on an application
     * server walks the class loaders and costs milliseconds per request.
     */
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    /** How deeply arrays and objects may nest in a body that is read. */
    public static final int MAX_DEPTH = 128;
    /** How many characters a number may be written with. */
    public static final int MAX_NUMBER_LENGTH = 64;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** The JSON provider, for building values without a service-loader lookup per call. */
    public static JsonProvider provider() {
        return PROVIDER;
    }

    /**
     * Parses UTF-8 bytes that must hold exactly one JSON object. Bytes that are not valid UTF-8 are refused rather
     * than read with replacement characters, so nothing is ever stored other than as it was sent.
     */
    public static JsonObject parseObject(byte[] body) throws MalformedJsonException {
        if (body == null || body.length == 0) {
            throw new MalformedJsonException("the body is empty");
        }
        String text = strictUtf8(body);
        checkShape(text);
        try (JsonParser parser = PROVIDER.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new MalformedJsonException("the body is not a JSON object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new MalformedJsonException("the body holds more than one JSON value");
            }
            return object;
        } catch (JsonParsingException e) {
            throw new MalformedJsonException("the body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedJsonException("the body is not valid JSON");
        }
    }

    /**
     * Refuses, before any parser builds anything, text nested deeper than {@value #MAX_DEPTH} arrays and objects
     * (the deepest marketplace body, a department tree, is far shallower; a deeper one would only cost stack) and
     * numbers written with more than {@value #MAX_NUMBER_LENGTH} characters (which would cost CPU to convert).
     */
    static void checkShape(String text) throws MalformedJsonException {
        int depth = 0;
        int numberLength = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            boolean numberChar = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
            numberLength = numberChar ? numberLength + 1 : 0;
            if (numberLength > MAX_NUMBER_LENGTH) {
                throw new MalformedJsonException("the body holds a number longer than " + MAX_NUMBER_LENGTH
                        + " characters");
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new MalformedJsonException("the body is nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    /** Decodes UTF-8, refusing malformed bytes (the JDK's usual decoding replaces them silently). */
    static String strictUtf8(byte[] bytes) throws MalformedJsonException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedJsonException("the body is not valid UTF-8");
        }
    }

    /** Writes a value compactly, keeping the member order of objects. */
    public static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> writeMembers(value.asJsonObject().entrySet().iterator(), out);
            case ARRAY -> writeArray(value.asJsonArray(), out);
            case STRING -> writeString(((JsonString) value).getString(), out);
            case NUMBER -> out.append(((JsonNumber) value).toString());
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("unknown JSON value type " + value.getValueType());
        }
    }

    static void writeMembers(Iterator<? extends Map.Entry<String, ? extends JsonValue>> members, StringBuilder out) {
        out.append('{');
        boolean first = true;
        while (members.hasNext()) {
            Map.Entry<String, ? extends JsonValue> member = members.next();
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(member.getKey(), out);
            out.append(':');
            write(member.getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonArray array, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(array.get(i), out);
        }
        out.append(']');
    }

    /** A JSON string literal with Jackson's default escaping. */
    public static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Writes a value compactly with every non-ASCII character as a {@code \\uXXXX} escape, (lower-case hex, as the
     * marketplace's example of {@code memo} writes it); the result is plain ASCII.
     */
    public static String toAsciiJson(JsonValue value) {
        StringBuilder text = new StringBuilder(128);
        write(value, text);
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                ascii.append(c);
            } else {
                ascii.append("\\u").append(LOWER_HEX[(c >> 12) & 0xF]).append(LOWER_HEX[(c >> 8) & 0xF])
                        .append(LOWER_HEX[(c >> 4) & 0xF]).append(LOWER_HEX[c & 0xF]);
            }
        }
        return ascii.toString();
    }

    public static byte[] utf8(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

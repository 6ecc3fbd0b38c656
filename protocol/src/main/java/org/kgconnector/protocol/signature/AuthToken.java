package org.kgconnector.protocol.signature;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.kgconnector.protocol.crypto.ConstantTime;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.json.JsonText;

/**
 * The V1 {@code authToken}: {@code base64(HMAC(key + timeStamp, "k1=v1&k2=v2…"))} over the sorted parameters
 * except {@code authToken}. Used by SaaS V1 and legacy License (GET query string) and Kit V1 (POST body,
 * header {@code authToken}).
 */
public final class AuthToken {

    public static final String PARAMETER = "authToken";
    public static final String TIMESTAMP = "timeStamp";

    private AuthToken() {
    }

    /** The string to sign: parameters sorted by name, {@code authToken} left out, optionally empty values too. */
    public static String stringToSign(Map<String, String> parameters, boolean skipEmpty) {
        SortedMap<String, String> sorted = new TreeMap<>(parameters);
        sorted.remove(PARAMETER);
        StringJoiner joined = new StringJoiner("&");
        sorted.forEach((name, value) -> {
            if (value == null || (skipEmpty && value.isEmpty())) {
                return;
            }
            joined.add(name + "=" + value);
        });
        return joined.toString();
    }

    public static String sign(String key, String timeStamp, String stringToSign) {
        return Hmac.sha256Base64(key + timeStamp, Hmac.utf8(stringToSign));
    }

    public static boolean verify(String key, String timeStamp, String stringToSign, String received) {
        return received != null && ConstantTime.exactEquals(sign(key, timeStamp, stringToSign), received);
    }

    /**
     * The Kit V1 POST parameters (decision 6 of docs/protocol/decisions.md): top-level members, numbers as their JSON text, strings unquoted,
     * {@code null} left out; nested objects and arrays as their compact JSON text.
     */
    public static Map<String, String> kitV1Parameters(JsonObject body) {
        Map<String, String> parameters = new TreeMap<>();
        body.forEach((name, value) -> {
            switch (value.getValueType()) {
                case NULL -> { }
                case STRING -> parameters.put(name, ((JsonString) value).getString());
                case NUMBER -> parameters.put(name, ((JsonNumber) value).toString());
                case TRUE, FALSE -> parameters.put(name, value.toString());
                default -> {
                    StringBuilder text = new StringBuilder();
                    JsonText.write(value, text);
                    parameters.put(name, text.toString());
                }
            }
        });
        return parameters;
    }
}

package org.kgconnector.platform.marketplace;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;

/**
 * A business answer of an open API: the HTTP status and the JSON body, whose code is {@code error_code}
 * (license, upload, usage) or {@code resultCode} (query order). Decisions switch on that code, never on the HTTP
 * status (docs/protocol/license.md trap 11). {@code followsUncertainAttempt} is true when an earlier attempt of the same call may
 * have reached the marketplace (it timed out or answered 5xx), so a refusal now may concern that delivery rather
 * than the request itself.
 */
public record MarketplaceAnswer(int status, JsonObject body, String code, String message,
                                boolean followsUncertainAttempt) {

    private static final Set<String> SUCCESS = Set.of("92020000", "CBC.0000", "MKT.0000");

    static MarketplaceAnswer parse(int status, String text) {
        JsonObject body;
        try {
            body = JsonText.parseObject(text == null ? new byte[0] : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (MalformedJsonException notJson) {
            body = JsonValue.EMPTY_JSON_OBJECT;
        }
        String code = string(body, "error_code");
        if (code == null) {
            code = string(body, "resultCode");
        }
        String message = string(body, "error_msg");
        if (message == null) {
            message = string(body, "resultMsg");
        }
        return new MarketplaceAnswer(status, body, code == null ? null : code.replace(" ", ""), message, false);
    }

    /** The same answer, marked as following an attempt that may have reached the marketplace. */
    MarketplaceAnswer afterUncertainAttempt() {
        return new MarketplaceAnswer(status, body, code, message, true);
    }

    private static String string(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString s ? s.getString() : value == null || value == JsonValue.NULL ? null : value.toString();
    }

    public boolean success() {
        return code != null && SUCCESS.contains(code);
    }

    /** The gateway or the service says it cannot serve now: worth another attempt later. */
    boolean unavailable() {
        return status >= 500 || status == 429 || "MKT.0250".equals(code) || "APIGW.0308".equals(code)
                || "APIGW.0201".equals(code) || "92020001".equals(code) && status >= 500 || "MKT.0999".equals(code)
                || "CBC.0999".equals(code);
    }

    /** {@code code: message}, for ledgers and operators. */
    public String describe() {
        return (code == null ? "HTTP " + status : code) + (message == null ? "" : ": " + message);
    }
}

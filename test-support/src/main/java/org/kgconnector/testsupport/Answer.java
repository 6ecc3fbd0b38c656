package org.kgconnector.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.kgconnector.protocol.signature.BodySign;

/**
 * What the connector answered to one call: status, headers that matter (the {@code X-KooGallery-Callback} reference
 * of the call's ledger row among them, null when absent), and the exact body bytes.
 */
public record Answer(int status, String contentType, String bodySign, byte[] body, String callbackRef) {

    /** The answer's header that names the call's ledger row. */
    public static final String CALLBACK_REF_HEADER = "X-KooGallery-Callback";

    /** An answer without a callback reference. */
    public Answer(int status, String contentType, String bodySign, byte[] body) {
        this(status, contentType, bodySign, body, null);
    }

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        }
    }

    public String resultCode() {
        return json().getString("resultCode");
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether {@code Body-Sign} signs exactly these bytes with the key. */
    public boolean signedWith(String key) {
        return BodySign.verify(key, body, bodySign);
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}

package org.kgconnector.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.kgconnector.protocol.signature.BodySign;

/** What the connector answered to one call: status, headers that matter, and the exact body bytes. */
public record Answer(int status, String contentType, String bodySign, byte[] body) {

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

package org.kgconnector.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.signature.ApigSigner;
import org.kgconnector.protocol.signature.AuthToken;
import org.kgconnector.protocol.signature.HexBodySignature;
import org.kgconnector.protocol.time.ProtocolTime;

/**
 * The marketplace as the connector sees it: builds V2 bodies the way KooGallery does (flat, keys sorted,
 * compact), signs them with {@code ?signature&timestamp&nonce}, builds V1 GET queries with their
 * {@code authToken}, and returns the exact answer.
 */
public final class Marketplace {

    /** The first {@code base} key the test servers are configured with. */
    public static final String KEY = "testAccessKey123";
    /** The second {@code base} key, as during a key rotation. */
    public static final String ROTATED_KEY = "rotatedAccessKey456";
    /** The {@code kit} key (Kit V2). */
    public static final String KIT_KEY = "kitAccessKey321";
    /** The {@code license-code} key (license codes 2.0). */
    public static final String LICENSE_CODE_KEY = "licenseCodeKey654";
    /** The {@code legacy} key (the V1 "Key值"). */
    public static final String LEGACY_KEY = "legacyKeyValue789";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    public Marketplace(URI base) {
        this.base = base;
    }

    /** A V2 body: the fields sorted by name, compact, every value a string. */
    public static String body(String... namesAndValues) {
        Map<String, String> fields = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            JsonText.writeString(name, json);
            json.append(':');
            JsonText.writeString(value, json);
        });
        return json.append('}').toString();
    }

    /** Signs the body with {@link #KEY}, a fresh nonce and the current time, and posts it. */
    public Answer call(String path, String body) {
        return call(path, body, KEY, Instant.now(), newNonce());
    }

    public Answer call(String path, String body, String key, Instant timestamp, String nonce) {
        return call(path, body.getBytes(StandardCharsets.UTF_8), key, timestamp, nonce);
    }

    /** Signs exactly these bytes (which need not be JSON, nor UTF-8) with {@link #KEY} and posts them. */
    public Answer call(String path, byte[] bytes) {
        return call(path, bytes, KEY, Instant.now(), newNonce());
    }

    public Answer call(String path, byte[] bytes, String key, Instant timestamp, String nonce) {
        String ts = Long.toString(timestamp.toEpochMilli());
        String signature = HexBodySignature.BASE.sign(key, nonce, ts, bytes).toUpperCase();
        return post(path, "signature=" + signature + "&timestamp=" + ts + "&nonce=" + nonce, bytes);
    }

    /** A Kit V2 sync: {@code x-sign}, {@code x-timestamp}, {@code x-nonce} headers over the body as sent. */
    public Answer callKit(String path, String body, String key) {
        return callKit(path, body.getBytes(StandardCharsets.UTF_8), key);
    }

    /** A Kit V2 sync of exactly these bytes. */
    public Answer callKit(String path, byte[] bytes, String key) {
        String ts = Long.toString(Instant.now().toEpochMilli());
        String nonce = newNonce();
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("x-sign", HexBodySignature.KIT.sign(key, nonce, ts, bytes).toUpperCase())
                .header("x-timestamp", ts).header("x-nonce", nonce)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** A Kit V1 sync: header {@code authToken} over the body's members, the body's {@code timeStamp} in the key. */
    public Answer callKitV1(String path, String body, String key) {
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        Map<String, String> members = AuthToken.kitV1Parameters(json);
        String token = AuthToken.sign(key, members.get(AuthToken.TIMESTAMP), AuthToken.stringToSign(members, true));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("authToken", token).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Posts bytes with whatever query the test wants (missing or wrong signature parameters). */
    public Answer post(String path, String query, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path + (query == null ? "" : "?" + query)))
                .header("Content-Type", "application/json;charset=utf8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A V1 GET the way the marketplace builds it: {@code timeStamp} added (UTC, unless given), {@code authToken}
     * over the sorted values, values percent-encoded, the token appended raw ({@code +}, {@code /}, {@code =}).
     */
    public Answer callV1(String path, Map<String, String> parameters, String key) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.putIfAbsent(AuthToken.TIMESTAMP, ProtocolTime.formatMillis(Instant.now()));
        String token = AuthToken.sign(key, p.get(AuthToken.TIMESTAMP), AuthToken.stringToSign(p, false));
        StringJoiner query = new StringJoiner("&");
        p.forEach((name, value) -> query.add(name + "=" + ApigSigner.encode(value)));
        return get(path, query + "&authToken=" + token);
    }

    /** A call of the vendor's own software to the connector's API, with a bearer token; {@code json} null for GET. */
    public Answer vendorApi(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(json == null ? request.GET() : request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A GET with whatever query the test wants. */
    public Answer get(String path, String query) {
        return send(HttpRequest.newBuilder(base.resolve(path + "?" + query)).GET());
    }

    private Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Body-Sign").orElse(null), response.body(),
                    response.headers().firstValue(Answer.CALLBACK_REF_HEADER).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String newNonce() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }
}

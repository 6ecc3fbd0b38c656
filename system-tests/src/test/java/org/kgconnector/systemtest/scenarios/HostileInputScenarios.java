package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSignedWith;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.signature.HexBodySignature;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Marketplace;

/**
 * Input meant to break the connector rather than to use it: every such call is answered with the spec's code
 * ({@code 000002}, or the vendor API's 400 or per-event reason), signed, and changes nothing; and no answer names
 * the server's product or version.
 */
abstract class HostileInputScenarios {

    Marketplace marketplace;
    Database db;
    String order;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
        db = server().database();
        order = unique("HOST");
    }

    /** A body signed correctly whose content is what is wrong. */
    void assertRefusedAsInvalid(Answer answer, String message) {
        assertSigned(answer, "000002");
        assertEquals(message, answer.json().getString("resultMsg"), answer::toString);
        assertEquals(0, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
    }

    @Test
    void aTimestampOfNineteenDigitsIsAMalformedParameter() {
        byte[] bytes = body("activity", "newInstance", "orderId", order, "orderLineId", order + "-1", "businessId", order)
                .getBytes(StandardCharsets.UTF_8);
        String ts = "9999999999999999999";
        String nonce = Marketplace.newNonce();
        Answer answer = marketplace.post(SAAS, "signature=" + HexBodySignature.BASE.sign(Marketplace.KEY, nonce, ts, bytes)
                + "&timestamp=" + ts + "&nonce=" + nonce, bytes);
        assertRefusedAsInvalid(answer, "timestamp or nonce is malformed.");
    }

    @Test
    void deepNestingOverlongNumbersAndBytesThatAreNotUtf8AreInvalidBodies() {
        String deep = "{\"activity\":\"newInstance\",\"orderId\":\"" + order + "\",\"x\":" + "[".repeat(50_000)
                + "]".repeat(50_000) + "}";
        assertRefusedAsInvalid(marketplace.call(SAAS, deep), "the body is nested deeper than 128 levels.");
        String longNumber = "{\"activity\":\"newInstance\",\"orderId\":\"" + order + "\",\"x\":" + "9".repeat(200_000) + "}";
        assertRefusedAsInvalid(marketplace.call(SAAS, longNumber), "the body holds a number longer than 64 characters.");
        byte[] notUtf8 = ("{\"activity\":\"newInstance\",\"orderId\":\"" + order + "\",\"businessId\":\"\u00e9\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefusedAsInvalid(marketplace.call(SAAS, notUtf8), "the body is not valid UTF-8.");
    }

    @Test
    void aHugeSecretIsRedactedInTheLedgerWhateverItHolds() {
        String secret = "\\\\".repeat(200_000);
        Answer answer = marketplace.call(SAAS, "{\"activity\":\"queryInstance\",\"instanceId\":\"" + order
                + "\",\"password\":\"" + secret + "\"}");
        assertSigned(answer, "000003");
        String stored = server().ledger().text("SELECT request_body FROM inbound_callback WHERE activity = 'queryInstance'"
                + " AND instance_id = ?", order);
        assertEquals("{\"activity\":\"queryInstance\",\"instanceId\":\"" + order + "\",\"password\":\"***\"}", stored);
    }

    @Test
    void aQuantityOutOfRangeIsRejectedWithoutArithmetic() {
        String instanceId = order;
        assertSigned(marketplace.call(SAAS, body("activity", "newInstance", "orderId", order, "orderLineId",
                order + "-000001", "businessId", instanceId)), "000000");
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        Answer answer = marketplace.vendorApi(UsageScenarios.USAGE, ConnectorServer.API_TOKEN, "{\"events\":["
                + UsageScenarios.event(unique("ev-"), instanceId, "1E+10000000", hour) + ","
                + UsageScenarios.event(unique("ev-"), instanceId, "1E-10000000", hour) + ","
                + UsageScenarios.event(unique("ev-"), instanceId, "\"" + "1".repeat(100) + "\"", hour) + "]}");
        assertEquals(200, answer.status(), answer::toString);
        JsonObject receipt = answer.json();
        assertEquals(0, receipt.getInt("accepted"));
        assertEquals(List.of("quantity must be a number", "quantity is too large", "quantity has more than 20 decimals"),
                receipt.getJsonArray("rejected").stream().map(r -> r.asJsonObject().getString("reason")).toList());
        assertEquals(0, db.count("SELECT COUNT(*) FROM usage_event WHERE instance_id = ?", instanceId));
    }

    @Test
    void largeBodiesAreReadOnlyWhereAllowedAndAFewAtATime() throws Exception {
        String kit = "koogallery/saas/produceAPI/v2/";
        StringBuilder departments = new StringBuilder("{\"instanceId\":\"i1\",\"orgInfoList\":[");
        for (int i = 0; departments.length() < 15 << 20; i++) {
            departments.append(i == 0 ? "" : ",").append("{\"orgCode\":\"").append(i).append("\",\"orgName\":\"d")
                    .append(i).append("\",\"parentCode\":\"").append(i / 10).append("\"}");
        }
        byte[] huge = departments.append("],\"tenantId\":\"").append(order).append("\",\"testFlag\":0,")
                .append("\"timeStamp\":\"20220413093539534\"}").toString().getBytes(StandardCharsets.UTF_8);

        List<CompletableFuture<Answer>> forged = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            forged.add(CompletableFuture.supplyAsync(() -> marketplace.callKit(kit + "allOrgSync", huge, "notTheKitKey")));
        }
        for (CompletableFuture<Answer> call : forged) {
            Answer answer = call.get(60, TimeUnit.SECONDS);
            assertEquals(200, answer.status(), answer::toString);
            assertTrue(List.of("000001", "000005").contains(answer.resultCode()), answer::toString);
        }
        assertSignedWith(Marketplace.KIT_KEY, marketplace.callKit(kit + "tenantSync", "{\"domainName\":"
                + "\"https://idp.example.com\",\"flag\":1,\"instanceId\":\"i1\",\"name\":\"A\",\"orderId\":\"o1\","
                + "\"tenantCode\":\"a\",\"tenantId\":\"" + order + "\",\"testFlag\":0,\"timeStamp\":"
                + "\"20220413093539534\"}", Marketplace.KIT_KEY), "000000");
        assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(server().baseUri().resolve("health"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "the node stays healthy");

        byte[] twoMiB = ("{\"pad\":\"" + "x".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        Answer tooLarge = marketplace.callKit(kit + "tenantSync", twoMiB, Marketplace.KIT_KEY);
        assertSignedWith(Marketplace.KIT_KEY, tooLarge, "000002");
        assertEquals("the body is larger than 1048576 bytes.", tooLarge.json().getString("resultMsg"),
                "only allOrgSync and authSync take more than 1 MiB");
    }

    @Test
    void aRowTheDatabaseKeepsLockedGives000005AndChangesNothing() {
        assertSigned(marketplace.call(SAAS, body("activity", "newInstance", "orderId", order, "orderLineId",
                order + "-000001", "businessId", order)), "000000");
        String refresh = body("activity", "refreshInstance", "instanceId", order, "orderId", order, "orderLineId",
                order + "-000002", "scene", "RENEWAL", "expireTime", "20301231235959");
        AtomicReference<Answer> whileLocked = new AtomicReference<>();
        db.whileLocked("SELECT instance_id FROM saas_instance WHERE instance_id = ? FOR UPDATE",
                () -> whileLocked.set(marketplace.call(SAAS, refresh)), order);
        assertSigned(whileLocked.get(), "000005");
        assertEquals(0, db.count("SELECT COUNT(*) FROM provisioning_job WHERE instance_id = ? AND action = 'RENEW'",
                order), "nothing was changed");
        assertSigned(marketplace.call(SAAS, refresh), "000000");
        assertEquals(1, db.count("SELECT COUNT(*) FROM provisioning_job WHERE instance_id = ? AND action = 'RENEW'",
                order), "the marketplace's retry goes through once the database lets go");
    }

    @Test
    void noAnswerNamesTheServersProductOrVersion() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("health", "koogallery/saas", "koogallery/admin/instances", "no-such-page")) {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(server().baseUri().resolve(path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertFalse(answer.headers().firstValue("Server").isPresent(), path + ": " + answer.headers().map());
            assertFalse(answer.headers().firstValue("X-Powered-By").isPresent(), path + ": " + answer.headers().map());
        }
        Answer callback = marketplace.call(SAAS, body("activity", "queryInstance", "instanceId", order));
        assertTrue(callback.bodySign() != null, callback::toString);
    }

    @Test
    void overHttpsOnlyModernTlsIsSpokenAndEveryAnswerSaysComeBackOverHttps() throws Exception {
        SSLContext trustingTheSelfSignedCertificate = SSLContext.getInstance("TLS");
        trustingTheSelfSignedCertificate.init(null, new TrustManager[] {new TrustingTestCertificates()}, null);
        for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
            SSLParameters only = new SSLParameters();
            only.setProtocols(new String[] {protocol});
            HttpClient https = HttpClient.newBuilder().sslContext(trustingTheSelfSignedCertificate).sslParameters(only)
                    .version(HttpClient.Version.HTTP_1_1).build();
            for (String path : List.of("health", "koogallery/admin/instances", "koogallery/sso/login")) {
                HttpResponse<Void> answer = https.send(HttpRequest.newBuilder(server().httpsUri().resolve(path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertEquals(List.of("max-age=31536000; includeSubDomains"),
                        answer.headers().allValues("Strict-Transport-Security"), protocol + " " + path);
            }
        }
    }

    /** The test domain's self-signed certificate, for 127.0.0.1: trusted as it is, its host name unchecked. */
    private static final class TrustingTestCertificates extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

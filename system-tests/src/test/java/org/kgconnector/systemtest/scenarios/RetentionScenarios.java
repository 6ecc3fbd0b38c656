package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;

/**
 * What unsigned traffic may leave behind (a bounded ledger row), and retention: old rows go, in batches, by one node;
 * pending work and recent rows stay. The test servers run retention every few seconds.
 */
abstract class RetentionScenarios {

    Marketplace marketplace;
    Database db;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
        db = server().database();
    }

    @Test
    void aCallThatIsNotVerifiedLeavesABoundedRow() {
        String marker = unique("UNSIGNED");
        String body = "{\"activity\":\"newInstance\",\"orderId\":\"" + marker + "\",\"pad\":\"" + "x".repeat(200_000) + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Answer answer = marketplace.post(SAAS, "signature=00&timestamp=" + Instant.now().toEpochMilli() + "&nonce="
                + marker, bytes);
        assertSigned(answer, "000001");
        Database ledger = server().ledger();
        String where = " FROM inbound_callback WHERE request_query LIKE ?";
        String like = "%" + marker + "%";
        assertEquals(4096, ledger.count("SELECT LENGTH(request_body)" + where, like), "a 4 KiB prefix of the body");
        assertEquals(bytes.length, ledger.count("SELECT body_bytes" + where, like));
        assertEquals(Hmac.digestHex(bytes), ledger.text("SELECT body_sha256" + where, like));
        assertTrue(ledger.text("SELECT request_headers" + where, like).contains("content-type: application/json"));
        assertEquals("SIGNATURE_MISMATCH", ledger.text("SELECT verification" + where, like));
    }

    @Test
    void oldRowsAreTrimmedButPendingWorkAndRecentRowsStay() {
        String marker = unique("RET");
        Timestamp longAgo = Timestamp.from(Instant.now().minus(100, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        Timestamp lastWeek = Timestamp.from(Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        Timestamp never = Timestamp.from(Instant.parse("2999-01-01T00:00:00Z"));
        for (Timestamp at : new Timestamp[] {longAgo, lastWeek}) {
            db.update("INSERT INTO inbound_callback (received_at, duration_ms, http_method, address, verification,"
                    + " body_bytes, result_code, instance_id) VALUES (?, 1, 'POST', '/saas', 'VERIFIED', 0, '000000', ?)",
                    at, marker);
        }
        db.update("INSERT INTO provisioning_job (instance_id, action, state, attempts, next_attempt_at, created_at,"
                + " finished_at) VALUES (?, 'CREATE', 'DONE', 1, ?, ?, ?)", marker, longAgo, longAgo, longAgo);
        db.update("INSERT INTO provisioning_job (instance_id, action, state, attempts, next_attempt_at, created_at)"
                + " VALUES (?, 'RENEW', 'PENDING', 3, ?, ?)", marker, never, longAgo);
        db.update("INSERT INTO answered_v1_call (key_id, token_sha256, answer, answered_at) VALUES ('legacy#1', ?, '{}', ?)",
                Hmac.digestHex(marker.getBytes(StandardCharsets.UTF_8)), longAgo);

        Eventually.until("the old rows of " + marker + " are trimmed", Duration.ofSeconds(60), () ->
                db.count("SELECT COUNT(*) FROM inbound_callback WHERE instance_id = ?", marker) == 1
                        && db.count("SELECT COUNT(*) FROM provisioning_job WHERE instance_id = ?", marker) == 1
                        && db.count("SELECT COUNT(*) FROM answered_v1_call WHERE answered_at < ?", lastWeek) == 0);
        assertEquals(1, db.count("SELECT COUNT(*) FROM inbound_callback WHERE instance_id = ? AND received_at > ?",
                marker, longAgo), "the recent ledger row stays");
        assertEquals("PENDING", db.text("SELECT state FROM provisioning_job WHERE instance_id = ?", marker),
                "pending work is never trimmed, however old");
    }
}

package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSignedWith;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.KIT_KEY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;

/**
 * From a line of the server log to the call and back: every callback answer names its ledger row in
 * {@code X-KooGallery-Callback}, and every line the connector logs while handling it begins with
 * {@code [callback <ref>]}, the same reference, on whichever server the EAR runs.
 */
abstract class LogReferenceScenarios {

    private static final Pattern REF = Pattern.compile("[0-9a-hjkmnp-tv-z]{16}");

    Marketplace marketplace;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
    }

    @Test
    void aLineLoggedWhileACallbackIsHandledCarriesTheReferenceOfItsAnswer() {
        String tenant = unique("T");
        // a real applicationSync whose clientSecret does not decrypt: refused, and the log says why (WARNING)
        String body = "{\"appId\":\"app1\",\"clientId\":\"cid\",\"clientSecret\":\"bm90IHNlYWxlZA==\",\"flag\":1,"
                + "\"instanceId\":\"i-" + tenant + "\",\"tenantId\":\"" + tenant + "\",\"testFlag\":0,"
                + KitScenarios.TS + "}";
        Answer answer = assertSignedWith(KIT_KEY, marketplace.callKit(KitScenarios.V2 + "applicationSync", body,
                KIT_KEY), "000005");
        String ref = answer.callbackRef();
        assertTrue(ref != null && REF.matcher(ref).matches(), "the answer names its call: " + ref);

        String line = "[callback " + ref + "] the applicationSync of tenant " + tenant;
        Eventually.until("the server log has \"" + line + "\"", Duration.ofSeconds(10),
                () -> server().serverLogText().contains(line));
        assertEquals(1, count(server().serverLogText(), "[callback " + ref + "] "), "one line of this call, no other under its name");
    }

    @Test
    void everyAnswerNamesItsOwnCallTheSignatureUnchanged() {
        String order = unique("CSR");
        String newInstance = Marketplace.body("activity", "newInstance", "orderId", order, "orderLineId",
                order + "-000001", "businessId", order, "testFlag", "1");
        Answer created = assertSigned(marketplace.call(SAAS, newInstance), "000000");
        Answer again = assertSigned(marketplace.call(SAAS, newInstance), "000000");
        Answer forged = assertSigned(marketplace.call(SAAS, newInstance, "notTheKey", Instant.now(),
                Marketplace.newNonce()), "000001");
        for (Answer answer : List.of(created, again, forged)) {
            assertTrue(answer.callbackRef() != null && REF.matcher(answer.callbackRef()).matches(), answer::toString);
        }
        assertNotEquals(created.callbackRef(), again.callbackRef(), "a duplicate is a call of its own");
        assertNotEquals(again.callbackRef(), forged.callbackRef(), "a refused call has its own too");
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}

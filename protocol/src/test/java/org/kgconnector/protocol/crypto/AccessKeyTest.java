package org.kgconnector.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessKeyTest {

    @Test
    void isNamedByTypePositionAndDigestNeverByValue() {
        AccessKey key = new AccessKey("base", 1, "testAccessKey123");
        assertEquals("base#1:" + Hmac.digestHex(Hmac.utf8("testAccessKey123")).substring(0, 8), key.id());
        assertFalse(key.toString().contains("testAccessKey123"));
        assertFalse(key.id().contains("testAccessKey123"));
    }

    @Test
    void hexComparisonIgnoresCaseAndNullNeverMatches() {
        assertTrue(ConstantTime.hexEquals("abcdef", "ABCDEF"));
        assertFalse(ConstantTime.hexEquals("abcdef", "abcdee"));
        assertFalse(ConstantTime.hexEquals("abcdef", null));
        assertTrue(ConstantTime.exactEquals("aB+/", "aB+/"));
        assertFalse(ConstantTime.exactEquals("aB+/", "ab+/"));
    }
}

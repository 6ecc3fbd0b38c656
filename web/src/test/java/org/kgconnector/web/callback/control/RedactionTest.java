package org.kgconnector.web.callback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void secretMembersAreMaskedWhereverTheyAreAndEverythingElseIsKept() {
        assertEquals("{\"userName\":\"alice\",\"password\":\"***\",\"n\":{\"clientSecret\" : \"***\",\"x\":[\"password\"]}}",
                Redaction.json("{\"userName\":\"alice\",\"password\":\"p\\\"w\",\"n\":{\"clientSecret\" : \"s3\","
                        + "\"x\":[\"password\"]}}"));
        assertEquals("{\"password\":12,\"secret\":null}", Redaction.json("{\"password\":12,\"secret\":null}"),
                "only string values are secrets' values");
        assertEquals("{\"a\":\"password\",\"b\":\"ok\"}", Redaction.json("{\"a\":\"password\",\"b\":\"ok\"}"),
                "a value that reads like a secret's name is no name");
        assertEquals("{\"password\":\"***\"", Redaction.json("{\"password\":\"unclosed"));
    }

    @Test
    void aHugeSecretValueIsMaskedInOnePass() {
        String value = "\\\\".repeat(1_000_000);
        assertEquals("{\"secret\":\"***\"}", Redaction.json("{\"secret\":\"" + value + "\"}"));
        String text = "{\"b\":\"" + "x\\\"".repeat(500_000) + "\"}";
        assertEquals(text, Redaction.json(text));
    }

    @Test
    void secretQueryParametersAreMasked() {
        assertEquals("activity=newInstance&authToken=***&businessId=b&password=***&x",
                Redaction.query("activity=newInstance&authToken=abc%2Bd&businessId=b&password=p&x"));
        assertTrue(Redaction.query("").isEmpty());
        assertEquals("auth%54oken=***", Redaction.query("auth%54oken=abc"), "a name is read as the verifier reads it");
    }
}

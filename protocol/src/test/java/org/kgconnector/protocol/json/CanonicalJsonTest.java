package org.kgconnector.protocol.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kgconnector.protocol.Vectors.bytes;
import static org.kgconnector.protocol.Vectors.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) throws MalformedJsonException {
        return new String(CanonicalJson.topLevelSorted(JsonText.parseObject(json.getBytes(StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8);
    }

    @Test
    void sortsTheTopLevelOnlyDropsNullsAndKeepsNumbersAsReceived() throws Exception {
        assertEquals(get("v2.body"), canonical(get("v2.unsorted.body")));
        assertEquals(get("kit.doc.canonical"), new String(CanonicalJson.topLevelSorted(
                JsonText.parseObject(bytes("kit.doc.body"))), StandardCharsets.UTF_8));
        assertEquals("{\"a\":[{\"z\":1,\"b\":null}],\"m\":{\"y\":\"\",\"x\":2.50},\"n\":\"\"}",
                canonical("{\"n\":\"\",\"drop\":null,\"m\":{\"y\":\"\",\"x\":2.50},\"a\":[{\"z\":1,\"b\":null}]}"));
    }

    @Test
    void escapesLikeTheReferenceSerializer() throws Exception {
        assertEquals("{\"k\":\"中文/\\\"q\\\"\\\\\\n\\u0001\"}", canonical("{\"k\":\"中文\\/\\\"q\\\"\\\\\\n\\u0001\"}"));
    }

    @Test
    void answersAreAsciiWithUnicodeEscapes() throws Exception {
        assertEquals("{\"memo\":\"\\u4e2d\\u6587 ok\"}",
                JsonText.toAsciiJson(JsonText.parseObject("{\"memo\":\"中文 ok\"}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void rejectsWhatIsNotOneJsonObject() {
        assertThrows(MalformedJsonException.class, () -> JsonText.parseObject(new byte[0]));
        assertThrows(MalformedJsonException.class, () -> JsonText.parseObject("[1]".getBytes()));
        assertThrows(MalformedJsonException.class, () -> JsonText.parseObject("{\"a\":".getBytes()));
        assertThrows(MalformedJsonException.class, () -> JsonText.parseObject("not json".getBytes()));
        assertThrows(MalformedJsonException.class, () -> JsonText.parseObject("{\"a\":1} {\"b\":2}".getBytes()));
    }

    @Test
    void refusesBytesThatAreNotUtf8InsteadOfReplacingThem() throws Exception {
        byte[] invalid = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        MalformedJsonException refused = assertThrows(MalformedJsonException.class, () -> JsonText.parseObject(invalid));
        org.junit.jupiter.api.Assertions.assertEquals("the body is not valid UTF-8", refused.getMessage());
        byte[] truncated = {'{', '"', 'a', '"', ':', '"', (byte) 0xE4, (byte) 0xB8, '"', '}'};
        assertThrows(MalformedJsonException.class, () -> JsonText.parseObject(truncated));
        org.junit.jupiter.api.Assertions.assertEquals("张三", JsonText.parseObject(
                "{\"a\":\"张三\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).getString("a"));
    }
}

package org.kgconnector.protocol.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nestingIsBoundedBeforeTheParserBuildsAnything() throws Exception {
        String allowed = "{\"a\":" + "[".repeat(JsonText.MAX_DEPTH - 1) + "]".repeat(JsonText.MAX_DEPTH - 1) + "}";
        assertEquals(1, JsonText.parseObject(utf8(allowed)).size());
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertEquals("the body is nested deeper than 128 levels",
                assertThrows(MalformedJsonException.class, () -> JsonText.parseObject(utf8(deep))).getMessage());
        String bracketsInAString = "{\"a\":\"" + "[".repeat(1000) + "\\\"\"}";
        assertEquals(1, JsonText.parseObject(utf8(bracketsInAString)).size(), "brackets inside strings do not count");
    }

    @Test
    void overlongNumbersAreRefusedBeforeTheyAreConverted() throws Exception {
        assertEquals(1, JsonText.parseObject(utf8("{\"q\":1.5E+10}")).size());
        assertEquals("the body holds a number longer than 64 characters", assertThrows(MalformedJsonException.class,
                () -> JsonText.parseObject(utf8("{\"q\":" + "9".repeat(1_000_000) + "}"))).getMessage());
        assertEquals(1, JsonText.parseObject(utf8("{\"q\":\"" + "9".repeat(1000) + "\"}")).size(),
                "digits inside a string are text");
    }

    @Test
    void bytesThatAreNotUtf8OrNotOneObjectAreRefused() {
        assertEquals("the body is not valid UTF-8", assertThrows(MalformedJsonException.class,
                () -> JsonText.parseObject(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'})).getMessage());
        assertEquals("the body is not a JSON object",
                assertThrows(MalformedJsonException.class, () -> JsonText.parseObject(utf8("[1]"))).getMessage());
        assertThrows(MalformedJsonException.class, () -> JsonText.parseObject(utf8("{} {}")));
    }
}

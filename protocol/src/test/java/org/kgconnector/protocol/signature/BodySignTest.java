package org.kgconnector.protocol.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.protocol.Vectors.bytes;
import static org.kgconnector.protocol.Vectors.get;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodySignTest {

    @Test
    void headerIsExactlyTheSampleFormat() {
        assertEquals(get("body-sign.header"), BodySign.header(get("key"), bytes("body-sign.body")));
    }

    @Test
    void verifiesAndToleratesSpacingVariants() {
        byte[] body = bytes("body-sign.body");
        assertTrue(BodySign.verify(get("key"), body, get("body-sign.header")));
        assertTrue(BodySign.verify(get("key"), body, get("body-sign.header").replace("signature= ", "signature=")));
        assertFalse(BodySign.verify(get("key"), (new String(body) + "\n").getBytes(), get("body-sign.header")));
        assertFalse(BodySign.verify("other", body, get("body-sign.header")));
        assertEquals(Optional.empty(), BodySign.signatureOf("signature=abc"));
    }
}

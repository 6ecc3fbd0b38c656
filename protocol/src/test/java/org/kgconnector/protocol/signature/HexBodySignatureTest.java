package org.kgconnector.protocol.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.protocol.Vectors.bytes;
import static org.kgconnector.protocol.Vectors.get;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.json.JsonText;

class HexBodySignatureTest {

    private static final String KEY = get("key");
    private static final String TS = get("timestamp");
    private static final String NONCE = get("nonce");

    @Test
    void v2BaseSignatureOfTheDocBody() throws Exception {
        assertEquals(get("v2.inner"), Hmac.sha256Hex(KEY, bytes("v2.body")));
        assertEquals(get("v2.signature").toLowerCase(), HexBodySignature.BASE.sign(KEY, NONCE, TS, bytes("v2.body")));
        JsonObject parsed = JsonText.parseObject(bytes("v2.body"));
        assertEquals(Optional.of(PayloadForm.CANONICAL), HexBodySignature.BASE.verify(KEY, NONCE, TS, bytes("v2.body"),
                parsed, get("v2.signature"), PayloadForm.EITHER));
    }

    @Test
    void unsortedBodyVerifiesOverRawBytesAndOverCanonicalForm() throws Exception {
        byte[] raw = bytes("v2.unsorted.body");
        JsonObject parsed = JsonText.parseObject(raw);
        assertEquals(get("v2.unsorted.raw.signature").toLowerCase(), HexBodySignature.BASE.sign(KEY, NONCE, TS, raw));
        assertEquals(Optional.of(PayloadForm.RAW), HexBodySignature.BASE.verify(KEY, NONCE, TS, raw, parsed,
                get("v2.unsorted.raw.signature"), PayloadForm.EITHER));
        assertEquals(Optional.of(PayloadForm.CANONICAL), HexBodySignature.BASE.verify(KEY, NONCE, TS, raw, parsed,
                get("v2.signature"), PayloadForm.EITHER));
        assertEquals(Optional.empty(), HexBodySignature.BASE.verify(KEY, NONCE, TS, raw, parsed,
                get("v2.unsorted.raw.signature"), PayloadForm.CANONICAL));
        assertEquals(Optional.empty(), HexBodySignature.BASE.verify(KEY, NONCE, TS, raw, parsed,
                get("v2.signature"), PayloadForm.RAW));
    }

    @Test
    void licenseCodeSignature() {
        assertEquals(get("license-code.inner"), Hmac.sha256Hex(KEY, bytes("license-code.body")));
        assertEquals(get("license-code.signature").toLowerCase(),
                HexBodySignature.BASE.sign(KEY, NONCE, TS, bytes("license-code.body")));
    }

    @Test
    void orderNotifySignature() {
        String key = get("order-notify.key");
        assertEquals(get("order-notify.inner"), Hmac.sha256Hex(key, bytes("order-notify.body")));
        assertEquals(get("order-notify.signature").toLowerCase(), HexBodySignature.BASE.sign(key,
                get("order-notify.nonce"), get("order-notify.timestamp"), bytes("order-notify.body")));
    }

    @Test
    void kitSignatureOfTheSaasSpecVector() {
        assertEquals(get("kit.signature").toLowerCase(), HexBodySignature.KIT.sign(KEY, NONCE, TS, bytes("kit.body")));
    }

    @Test
    void kitSignatureOfTheKitSpecVectorInEveryForm() throws Exception {
        String key = get("kit.doc.key");
        byte[] raw = bytes("kit.doc.body");
        JsonObject parsed = JsonText.parseObject(raw);
        assertEquals(get("kit.doc.signature"), HexBodySignature.KIT.sign(key, NONCE, TS, bytes("kit.doc.canonical")));
        assertEquals(get("kit.doc.raw.signature").toLowerCase(), HexBodySignature.KIT.sign(key, NONCE, TS, raw));
        assertEquals(get("kit.doc.base-style.signature").toLowerCase(),
                HexBodySignature.BASE.sign(key, NONCE, TS, bytes("kit.doc.canonical")));
        assertEquals(Optional.of(PayloadForm.CANONICAL), HexBodySignature.KIT.verify(key, NONCE, TS, raw, parsed,
                get("kit.doc.signature").toUpperCase(), PayloadForm.EITHER));
        assertEquals(Optional.of(PayloadForm.RAW), HexBodySignature.KIT.verify(key, NONCE, TS, raw, parsed,
                get("kit.doc.raw.signature"), PayloadForm.EITHER));
    }

    @Test
    void wrongKeyNonceTimestampOrMissingSignatureNeverVerify() throws Exception {
        byte[] raw = bytes("v2.body");
        JsonObject parsed = JsonText.parseObject(raw);
        String sig = get("v2.signature");
        assertTrue(HexBodySignature.BASE.verify("otherKey", NONCE, TS, raw, parsed, sig, PayloadForm.EITHER).isEmpty());
        assertTrue(HexBodySignature.BASE.verify(KEY, NONCE + "0", TS, raw, parsed, sig, PayloadForm.EITHER).isEmpty());
        assertTrue(HexBodySignature.BASE.verify(KEY, NONCE, "1680508066619", raw, parsed, sig, PayloadForm.EITHER).isEmpty());
        assertTrue(HexBodySignature.BASE.verify(KEY, NONCE, TS, raw, parsed, null, PayloadForm.EITHER).isEmpty());
        assertTrue(HexBodySignature.BASE.verify(KEY, NONCE, TS, raw, parsed, "", PayloadForm.EITHER).isEmpty());
        assertTrue(HexBodySignature.KIT.verify(KEY, NONCE, TS, raw, parsed, sig, PayloadForm.EITHER).isEmpty());
    }

    @Test
    void payloadFormReadsConfiguration() {
        assertEquals(PayloadForm.EITHER, PayloadForm.parse(null));
        assertEquals(PayloadForm.EITHER, PayloadForm.parse(" either "));
        assertEquals(PayloadForm.CANONICAL, PayloadForm.parse("canonical"));
        assertEquals(PayloadForm.RAW, PayloadForm.parse("RAW"));
    }
}

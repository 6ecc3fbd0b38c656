package org.kgconnector.protocol.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.protocol.Vectors.bytes;
import static org.kgconnector.protocol.Vectors.get;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.crypto.Hmac;

class ApigSignerTest {

    private static final String AK = get("apig.ak");
    private static final String SK = get("apig.sk");
    private static final String DATE = get("apig.date");

    @Test
    void vector0FromThePublicGem() {
        ApigSigner.Signed signed = ApigSigner.sign("POST",
                URI.create("https://mkt.myhuaweicloud.com/api/mkp-openapi-public/global/v1/license/activate"),
                Map.of("x-stage", "RELEASE", "Content-Type", "application/json"), new byte[0], "test", "123",
                "20240317T144237Z");
        assertEquals(get("apig.v0.string-to-sign.hash"), Hmac.digestHex(Hmac.utf8(signed.canonicalRequest())));
        assertEquals(get("apig.v0.authorization"), signed.authorization());
    }

    @Test
    void vector1QueryOrder() {
        ApigSigner.Signed signed = ApigSigner.sign("GET", URI.create("https://mkt.myhuaweicloud.com/api/mkp-openapi-public"
                        + "/global/v1/order/query?orderId=MOCKPERIODYEARNEW&orderLineId=MOCKPERIODYEARNEW-000001"),
                Map.of("Content-Type", "application/json"), new byte[0], AK, SK, DATE);
        assertTrue(signed.canonicalRequest().startsWith("GET\n/api/mkp-openapi-public/global/v1/order/query/\n"));
        assertEquals(get("apig.v1.string-to-sign.hash"), Hmac.digestHex(Hmac.utf8(signed.canonicalRequest())));
        assertEquals(get("apig.v1.authorization"), signed.authorization());
        assertEquals(DATE, signed.headersToAdd().get(ApigSigner.DATE_HEADER));
    }

    @Test
    void vector2EncodingAndSorting() {
        assertEquals(get("apig.v2.canonical-query"), ApigSigner.canonicalQuery("orderLineId=A%20B%2BC&orderId=X~Y*Z"));
        ApigSigner.Signed signed = ApigSigner.sign("GET", URI.create("https://mkt.myhuaweicloud.com/api/mkp-openapi-public"
                        + "/global/v1/order/query?orderLineId=A%20B%2BC&orderId=X~Y*Z"),
                Map.of("Content-Type", "application/json"), new byte[0], AK, SK, DATE);
        assertTrue(signed.authorization().endsWith("Signature=" + get("apig.v2.signature")));
    }

    @Test
    void vector4UsagePushWithBodyAndExtraHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("nonce", get("usage.nonce"));
        headers.put("signature", get("usage.signature"));
        headers.put("ts", get("usage.ts"));
        ApigSigner.Signed signed = ApigSigner.sign("POST",
                URI.create("https://mkt.myhuaweicloud.com/api/mkp-openapi-public/global/v1/isv/usage-data"), headers,
                bytes("usage.body"), AK, SK, DATE);
        assertTrue(signed.canonicalRequest().endsWith("\n" + get("usage.body.sha256")));
        assertEquals(get("apig.v4.authorization"), signed.authorization());
    }

    @Test
    void hostCarriesOnlyANonDefaultPortAndRootPathStaysSlash() {
        assertEquals("mkt.myhuaweicloud.com", ApigSigner.hostHeader(URI.create("https://mkt.myhuaweicloud.com:443/x")));
        assertEquals("127.0.0.1:9443", ApigSigner.hostHeader(URI.create("https://127.0.0.1:9443/x")));
        assertEquals("/", ApigSigner.canonicalUri(""));
        assertEquals("/a%20b/c/", ApigSigner.canonicalUri("/a%20b/c"));
    }
}

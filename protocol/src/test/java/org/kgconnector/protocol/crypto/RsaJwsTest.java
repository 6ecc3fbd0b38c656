package org.kgconnector.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.json.JsonText;

class RsaJwsTest {

    private static final RsaJws KEY = RsaJws.generate(2048);

    @Test
    void signsDeterministicallyAndSurvivesAPemRoundTrip() {
        JsonObject claims = JsonText.provider().createObjectBuilder().add("sub", "RA1").add("fp", "AB|CD").build();
        String token = KEY.sign("license+jwt", claims);
        assertEquals(token, KEY.sign("license+jwt", claims));
        RsaJws reread = RsaJws.fromPem(KEY.privateKeyPem());
        assertEquals(KEY.keyId(), reread.keyId());
        assertTrue(reread.verifies(token));
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertEquals("{\"alg\":\"RS256\",\"typ\":\"license+jwt\",\"kid\":\"" + KEY.keyId() + "\"}", header);
        assertEquals("{\"sub\":\"RA1\",\"fp\":\"AB|CD\"}",
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertEquals(KEY.keyId(), KEY.jwks().getJsonArray("keys").getJsonObject(0).getString("kid"));
    }

    @Test
    void refusesATamperedTokenAndANonKey() {
        String token = KEY.sign("JWT", JsonText.provider().createObjectBuilder().add("sub", "a").build());
        String tampered = token.substring(0, token.indexOf('.') + 1) + "eyJzdWIiOiJiIn0" + token.substring(token.lastIndexOf('.'));
        assertFalse(KEY.verifies(tampered));
        assertFalse(RsaJws.generate(2048).verifies(token));
        assertThrows(IllegalArgumentException.class, () -> RsaJws.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
    }
}

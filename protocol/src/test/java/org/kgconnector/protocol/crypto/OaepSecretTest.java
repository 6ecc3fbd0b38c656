package org.kgconnector.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import javax.crypto.Cipher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OaepSecretTest {

    static KeyPair pair;

    @BeforeAll
    static void generate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        pair = generator.generateKeyPair();
    }

    static String pem() {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void opensASecretUnderEverySettingAndSaysWhichOne() throws Exception {
        OaepSecret box = OaepSecret.fromPem(pem());
        for (OaepSecret.Setting setting : OaepSecret.SETTINGS) {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, pair.getPublic(), setting.spec());
            String sealed = Base64.getEncoder().encodeToString(cipher.doFinal("client-secret-1".getBytes(StandardCharsets.UTF_8)));
            OaepSecret.Opened opened = box.open(sealed).orElseThrow();
            assertEquals("client-secret-1", opened.secret());
            assertEquals(setting.name(), opened.setting());
        }
    }

    @Test
    void javasDefaultTransformationIsTheFirstSetting() throws Exception {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        cipher.init(Cipher.ENCRYPT_MODE, pair.getPublic());
        String sealed = Base64.getEncoder().encodeToString(cipher.doFinal("s3".getBytes(StandardCharsets.UTF_8)));
        assertEquals("OAEP-SHA256-MGF1SHA1", OaepSecret.fromPem(pem()).open(sealed).orElseThrow().setting());
    }

    @Test
    void garbageAndBadKeysFailWithoutQuotingThem() {
        OaepSecret box = OaepSecret.fromPem(pem());
        assertTrue(box.open("not base64 !").isEmpty());
        assertTrue(box.open(Base64.getEncoder().encodeToString(new byte[384])).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OaepSecret.fromPem("MIIBogus"));
        assertFalse(e.getMessage().contains("MIIBogus"));
    }
}

package org.kgconnector.protocol.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * Decrypts the Kit {@code clientSecret}: Base64 of RSA-OAEP ciphertext under the merchant's public key. The
 * digests are not documented, so the settings are tried in the spec's order (docs/protocol/kit.md §3.2): SHA-256 with
 * MGF1-SHA1 (Java's default for {@code OAEPWithSHA-256AndMGF1Padding}), SHA-256 with MGF1-SHA256, SHA-1 with
 * MGF1-SHA1.
 */
public final class OaepSecret {

    /** One OAEP setting, named for the log. */
    public record Setting(String name, OAEPParameterSpec spec) {
    }

    public static final List<Setting> SETTINGS = List.of(
            new Setting("OAEP-SHA256-MGF1SHA1", new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA1,
                    PSource.PSpecified.DEFAULT)),
            new Setting("OAEP-SHA256-MGF1SHA256", new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                    PSource.PSpecified.DEFAULT)),
            new Setting("OAEP-SHA1-MGF1SHA1", new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1,
                    PSource.PSpecified.DEFAULT)));

    /** A decrypted secret and the setting that opened it. */
    public record Opened(String secret, String setting) {
    }

    private final PrivateKey key;

    private OaepSecret(PrivateKey key) {
        this.key = key;
    }

    /**
     * @param pem a PKCS#8 private key, PEM ({@code -----BEGIN PRIVATE KEY-----}) or bare Base64
     * @throws IllegalArgumentException when it is not an RSA PKCS#8 key; the message never quotes the key
     */
    public static OaepSecret fromPem(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return new OaepSecret(KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64))));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("koogallery.kit.private-key is not an RSA private key in PKCS#8 PEM");
        }
    }

    /** The clear secret, or empty when no setting decrypts it. */
    public Optional<Opened> open(String base64Ciphertext) {
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(base64Ciphertext.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Setting setting : SETTINGS) {
            try {
                Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, setting.spec());
                return Optional.of(new Opened(new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8), setting.name()));
            } catch (GeneralSecurityException wrongSetting) {
                // try the next setting
            }
        }
        return Optional.empty();
    }
}

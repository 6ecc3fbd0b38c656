package org.kgconnector.web.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.PasswordHash;

/**
 * The mark a console session keeps of the credential its user signed in with: the same while the user's entry in
 * {@code koogallery.admin.users} stays, another once the password changes, none once the user is removed.
 */
class AdminIdentityStoreTest {

    static final String OPERATOR = "operator:" + PasswordHash.of("first password");

    String users;
    AdminIdentityStore store;

    @BeforeEach
    void setUp() {
        ConnectorSettings settings = new ConnectorSettings() {
            @Override
            public Optional<String> adminUsers() {
                return Optional.ofNullable(users);
            }
        };
        store = new AdminIdentityStore();
        store.settings = settings;
        store.realm = new ServerRealm();
        store.realm.settings = settings;
    }

    @Test
    void theMarkStaysWhileTheUsersEntryStays() {
        users = OPERATOR;
        String mark = store.credentialMark("operator").orElseThrow();
        users = "auditor:" + PasswordHash.of("other") + ", " + OPERATOR;
        assertEquals(Optional.of(mark), store.credentialMark("operator"), "another user added: the same mark");
        assertTrue(!mark.contains(OPERATOR.substring(OPERATOR.indexOf(':') + 1)), "a digest, never the hash itself");
    }

    @Test
    void anotherPasswordGivesAnotherMark() {
        users = OPERATOR;
        String mark = store.credentialMark("operator").orElseThrow();
        users = "operator:" + PasswordHash.of("second password");
        assertNotEquals(Optional.of(mark), store.credentialMark("operator"));
    }

    @Test
    void aRemovedUserOrOneWithoutAPbkdf2HashHasNone() {
        users = "auditor:" + PasswordHash.of("other");
        assertEquals(Optional.empty(), store.credentialMark("operator"), "removed");
        users = null;
        assertEquals(Optional.empty(), store.credentialMark("operator"), "no admin users at all");
        users = "operator:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";
        assertEquals(Optional.empty(), store.credentialMark("operator"), "an unsalted SHA-256 admits nobody");
    }

    @Test
    void aUserNotListedIsLeftToTheServersRealmWhenItsEntryIsThere() {
        users = OPERATOR + ", server-realm";
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                store.validate(new UsernamePasswordCredential("realm-operator", "any")).getStatus(),
                "not refused here: the server's realm decides");
        assertEquals(Optional.of(ServerRealm.ENTRY), store.credentialMark("realm-operator"));
        assertNotEquals(Optional.of(ServerRealm.ENTRY), store.credentialMark("operator"), "a listed user stays ours");
        users = OPERATOR;
        assertEquals(Optional.empty(), store.credentialMark("realm-operator"), "the realm's entry removed: no mark");
    }
}

package org.kgconnector.web.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        store = new AdminIdentityStore();
        store.settings = new ConnectorSettings() {
            @Override
            public Optional<String> adminUsers() {
                return Optional.ofNullable(users);
            }
        };
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
}

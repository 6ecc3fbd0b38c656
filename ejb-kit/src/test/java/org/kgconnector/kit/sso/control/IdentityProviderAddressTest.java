package org.kgconnector.kit.sso.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kgconnector.kit.sso.boundary.SsoRefused;

class IdentityProviderAddressTest {

    private static final Set<String> NONE = Set.of();

    @Test
    void anHttpsOriginWithAnOptionalPathGetsTheFixedSubPathsAppended() {
        assertEquals("https://idp.example.com/api/v1/oauth2/token",
                IdentityProviderAddress.of("https://idp.example.com/", NONE).at("/api/v1/oauth2/token").toString());
        assertEquals("https://idp.example.com:8443/tenant/a/api/v1/logout?redirect_url=x",
                IdentityProviderAddress.of("https://IDP.example.com:8443/tenant/a//", NONE)
                        .browserUrl("/api/v1/logout?redirect_url=x"));
    }

    @Test
    void everyOtherShapeIsRefusedBeforeAnythingIsCalled() {
        for (String bad : new String[] {"http://idp.example.com", "ftp://idp.example.com", "https://u:p@idp.example.com",
                "https://idp.example.com/x?", "https://idp.example.com/x?a=1", "https://idp.example.com/#", "idp.example.com",
                "https:///path", "", " ", "https://idp.example.com:99999999999"}) {
            assertThrows(SsoRefused.class, () -> IdentityProviderAddress.of(bad, NONE), bad);
        }
        assertEquals("http://127.0.0.1:9/api", IdentityProviderAddress.of("http://127.0.0.1:9", Set.of("127.0.0.1"))
                .at("/api").toString(), "a trusted host may use http");
        assertThrows(SsoRefused.class, () -> IdentityProviderAddress.of("http://127.0.0.1:9/?", Set.of("127.0.0.1")),
                "but no other shape");
    }

    @Test
    void onlyPublicAddressesAreCalled() throws Exception {
        for (String inside : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
                "::ffff:10.0.0.1", "::127.0.0.1", "ff02::1", "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "2002:a00:1::1",
                "2002:7f00:1::"}) {
            assertFalse(PublicAddresses.isPublic(InetAddress.getByName(inside)), inside);
        }
        for (String outside : new String[] {"1.1.1.1", "8.8.8.8", "2001:4860:4860::8888", "::ffff:8.8.8.8",
                "64:ff9b::808:808", "2002:808:808::1"}) {
            assertTrue(PublicAddresses.isPublic(InetAddress.getByName(outside)), outside);
        }
        assertThrows(SsoRefused.class, () -> IdentityProviderAddress.of("https://localhost:1", NONE).checkResolvesPublic());
        IdentityProviderAddress.of("http://localhost:1", Set.of("localhost")).checkResolvesPublic();
    }
}

package org.kgconnector.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallbackFamilyTest {

    @Test
    void theFirstSegmentNamesTheFamily() {
        assertEquals("saas", CallbackFamily.of("/saas"));
        assertEquals("license", CallbackFamily.of("/license"));
        assertEquals("license-code", CallbackFamily.of("/license-code"));
        assertEquals("sso", CallbackFamily.of("/sso/login"));
        assertEquals("sso", CallbackFamily.of("/sso/callback/"));
    }

    @Test
    void theJointOperationSyncsAreKitWhereverTheyAreServed() {
        assertEquals("kit", CallbackFamily.of("/saas/produceAPI/v2/tenantSync"));
        assertEquals("kit", CallbackFamily.of("/license/produceAPI/v2/allOrgSync"));
        assertEquals("kit", CallbackFamily.of("/saas/produceAPI/authSync"));
    }

    @Test
    void anythingElseIsOneFamilyOther() {
        assertEquals("other", CallbackFamily.of(null));
        assertEquals("other", CallbackFamily.of("?"));
        assertEquals("other", CallbackFamily.of("/"));
        assertEquals("other", CallbackFamily.of("/saasx"));
        assertEquals("other", CallbackFamily.of("/made-up/" + "x".repeat(300)));
    }
}

package org.kgconnector.platform.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The family of a ledger row, for the metrics' labels and the console's filters. */
class CallbackFamilyTest {

    @Test
    void theFirstSegmentNamesTheFamily() {
        assertEquals("saas", CallbackFamily.labelOf("/saas"));
        assertEquals("license", CallbackFamily.labelOf("/license"));
        assertEquals("license-code", CallbackFamily.labelOf("/license-code"));
        assertEquals("sso", CallbackFamily.labelOf("/sso/login"));
        assertEquals("sso", CallbackFamily.labelOf("/sso/callback/"));
    }

    @Test
    void theJointOperationSyncsAreKitWhereverTheyAreServed() {
        assertEquals("kit", CallbackFamily.labelOf("/saas/produceAPI/v2/tenantSync"));
        assertEquals("kit", CallbackFamily.labelOf("/license/produceAPI/v2/allOrgSync"));
        assertEquals("kit", CallbackFamily.labelOf("/saas/produceAPI/authSync"));
    }

    @Test
    void anythingElseIsOneFamilyOther() {
        assertEquals("other", CallbackFamily.labelOf(null));
        assertEquals("other", CallbackFamily.labelOf("?"));
        assertEquals("other", CallbackFamily.labelOf("/"));
        assertEquals("other", CallbackFamily.labelOf("/saasx"));
        assertEquals("other", CallbackFamily.labelOf("/made-up/produceAPI/v2/tenantSync"));
        assertEquals("other", CallbackFamily.labelOf("/made-up/" + "x".repeat(300)));
    }
}

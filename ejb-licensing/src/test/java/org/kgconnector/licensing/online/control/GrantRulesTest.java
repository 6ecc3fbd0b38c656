package org.kgconnector.licensing.online.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kgconnector.licensing.online.boundary.LicenseCommands;
import org.kgconnector.persistence.instance.Lifecycle;
import org.kgconnector.persistence.license.LicenseInstance;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.protocol.result.ResultCode;

class GrantRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2027-11-22T00:00:00Z");

    private static LicenseInstance instance() {
        return instance(2);
    }

    private static LicenseInstance instance(Integer devices) {
        LicenseInstance instance = new LicenseInstance("RA1", LicenseInstance.Family.ONLINE, "CS1", "CS1-000001", "RA1",
                false, NOW);
        instance.ordered("P", "SKU", devices, YEAR_END, "20271122000000", NOW);
        return instance;
    }

    private static MarketplaceOrder periodic(Integer devices) {
        MarketplaceOrder order = new MarketplaceOrder("CS1", "CS1-000001");
        order.fetched(new MarketplaceOrder.Details("NEW", NOW, "PERIOD", "year", 1, YEAR_END, "20271122000000", "P",
                "SKU", "name", devices, "c", "n", "{}"), NOW);
        return order;
    }

    private static LicenseCommands.ApplyLicense apply(String fingerprint, Instant expire) {
        return new LicenseCommands.ApplyLicense("RA1", "E1", NOW, expire, fingerprint, false);
    }

    @Test
    void eachRuleAnswersItsCodeInTheSpecsOrder() {
        LicenseInstance instance = instance();
        assertEquals(ResultCode.LICENSE_FINGERPRINT_REQUIRED,
                GrantRules.check(apply(null, null), instance, periodic(2), List.of(), "h", true));
        assertEquals(ResultCode.LICENSE_EXPIRY_REQUIRED,
                GrantRules.check(apply("FP", null), instance, periodic(2), List.of(), "h", true));
        assertEquals(ResultCode.LICENSE_OUTSIDE_VALIDITY,
                GrantRules.check(apply("FP", YEAR_END.plusSeconds(1)), instance, periodic(2), List.of(), "h", true));
        assertEquals(ResultCode.LICENSE_QUOTA_EXHAUSTED,
                GrantRules.check(apply("FP", YEAR_END), instance, periodic(2), List.of("a", "b"), "h", true));
        assertNull(GrantRules.check(apply("FP", YEAR_END), instance, periodic(2), List.of("a", "h"), "h", true),
                "a device that holds a license may apply again");
        assertNull(GrantRules.check(apply(null, YEAR_END), instance(null), periodic(null), List.of("a", "b", "c"), "h",
                false),
                "no fingerprint needed when licenses are not device-bound; no quantity means no quota");
    }

    @Test
    void aFrozenInstanceGetsNoLicense() {
        LicenseInstance instance = instance();
        instance.moveTo(Lifecycle.FROZEN, NOW);
        assertEquals(ResultCode.LICENSE_OUTSIDE_VALIDITY,
                GrantRules.check(apply("FP", YEAR_END), instance, periodic(2), List.of(), "h", true));
    }
}

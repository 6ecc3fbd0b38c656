package org.kgconnector.platform.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kgconnector.persistence.outbound.OutboundCall;
import org.kgconnector.platform.ledger.CallbackRecord;
import org.kgconnector.platform.marketplace.OutboundCallEnded;
import org.kgconnector.platform.work.WorkGivenUp;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.protocol.signature.Verification;

class AlertsTest {

    private final TestSettings settings = new TestSettings();
    private final List<Alert> written = new ArrayList<>();
    private final Alerts alerts = settings.alerts(written);

    private static final Instant T = Instant.parse("2026-03-01T10:16:00Z");

    @Test
    void oneAlertPerCauseAndPeriod() {
        alerts.raise("given-up:provisioning", "first", T);
        alerts.raise("given-up:provisioning", "second", T.plusSeconds(60));
        alerts.raise("dead-letter:usage-push", "other cause", T.plusSeconds(60));
        alerts.raise("given-up:provisioning", "next period", T.plusSeconds(15 * 60));
        assertEquals(List.of("given-up:provisioning 2026-03-01T10:15:00Z/PT15M first",
                "dead-letter:usage-push 2026-03-01T10:15:00Z/PT15M other cause",
                "given-up:provisioning 2026-03-01T10:30:00Z/PT15M next period"),
                written.stream().map(a -> a.cause() + " " + a.period().key() + " " + a.detail()).toList());
    }

    @Test
    void withoutAHookNothingIsWritten() {
        settings.url = null;
        alerts.raise("given-up:provisioning", "first", T);
        settings.url = "ftp://example.com/alerts";
        alerts.raise("given-up:provisioning", "first", T);
        settings.url = "https://user:pw@example.com/alerts";
        alerts.raise("given-up:provisioning", "first", T);
        settings.url = "https://example.com/alerts";
        settings.secret = null;
        alerts.raise("given-up:provisioning", "first", T);
        assertTrue(written.isEmpty());
    }

    @Test
    void hookAddressesAreAbsoluteHttpWithAHost() {
        assertTrue(AlertHook.address("https://ops.example.com/hooks/kg").isPresent());
        assertTrue(AlertHook.address("http://10.0.0.5:9000/alerts").isPresent());
        assertEquals(Optional.empty(), AlertHook.address("/alerts"));
        assertEquals(Optional.empty(), AlertHook.address("https://ops.example.com/a#frag"));
        assertEquals(Optional.empty(), AlertHook.address("not a url"));
    }

    @Test
    void workGivenUpRaisesItsCauseAndAnAlertsOwnGiveUpNone() {
        GiveUpAlerts giveUps = new GiveUpAlerts();
        giveUps.alerts = alerts;
        giveUps.givenUp(new WorkGivenUp(WorkKind.ALERT, "the alert hook answered HTTP 500", T));
        giveUps.givenUp(new WorkGivenUp(WorkKind.USAGE_PUSH, "usage refused: MKT.0100", T));
        giveUps.givenUp(new WorkGivenUp(WorkKind.USAGE_PUSH, "usage refused: MKT.0100", T));
        assertEquals(List.of("dead-letter:usage-push: usage-push given up: usage refused: MKT.0100"),
                written.stream().map(a -> a.cause() + ": " + a.detail()).toList());
    }

    private static CallbackRecord failure(Instant at, Verification verification) {
        return new CallbackRecord("r" + at.toEpochMilli(), at, 1, "POST", "/saas", null, null, verification, null, null, null, 0, "000001", null,
                null, null, null, null, null);
    }

    @Test
    void aBurstOfVerificationFailuresIsOneAlertOfItsPeriod() {
        VerificationBurst burst = new VerificationBurst();
        burst.alerts = alerts;
        burst.settings = settings;
        burst.handedOver(failure(T, Verification.SIGNATURE_MISMATCH));
        burst.handedOver(failure(T, Verification.VERIFIED));
        burst.handedOver(failure(T, Verification.NONCE_REPLAYED));
        assertTrue(written.isEmpty(), "two failures are no burst of three");
        for (int i = 0; i < 5; i++) {
            burst.handedOver(failure(T.plusSeconds(i), Verification.TIMESTAMP_OUTSIDE_WINDOW));
        }
        assertEquals(List.of("verification-burst: 3 verification failures in 2026-03-01T10:15:00Z/PT15M on this node,"
                + " the first signature_mismatch at /saas"), written.stream().map(a -> a.cause() + ": " + a.detail()).toList());
        burst.handedOver(failure(T.plusSeconds(900), Verification.SIGNATURE_MISSING));
        burst.handedOver(failure(T.plusSeconds(901), Verification.SIGNATURE_MISSING));
        assertEquals(1, written.size(), "the count starts again in the next period");
    }

    @Test
    void aMarketplaceUnreachableForLongerThanTheSettingIsAnAlert() {
        MarketplaceReachability reachability = new MarketplaceReachability();
        reachability.alerts = alerts;
        reachability.settings = settings;
        reachability.ended(new OutboundCallEnded("order.query", OutboundCall.Outcome.UNAVAILABLE, T));
        reachability.ended(new OutboundCallEnded("order.query", OutboundCall.Outcome.UNAVAILABLE, T.plusSeconds(300)));
        reachability.ended(new OutboundCallEnded("order.query", OutboundCall.Outcome.REJECTED, T.plusSeconds(400)));
        reachability.ended(new OutboundCallEnded("usage.push", OutboundCall.Outcome.UNAVAILABLE, T.plusSeconds(500)));
        assertTrue(written.isEmpty(), "an answer in between ends the outage");
        reachability.ended(new OutboundCallEnded("usage.push", OutboundCall.Outcome.UNAVAILABLE, T.plusSeconds(1100)));
        reachability.ended(new OutboundCallEnded("usage.push", OutboundCall.Outcome.UNAVAILABLE, T.plusSeconds(1110)));
        assertEquals(List.of("marketplace-unreachable: no open-API call has reached the marketplace since "
                + "2026-03-01T10:24:20Z (the last: usage.push)"), written.stream().map(a -> a.cause() + ": " + a.detail())
                .toList());
    }
}

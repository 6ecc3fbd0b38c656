package org.kgconnector.licensing.code.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kgconnector.licensing.code.control.CodeChanges;
import org.kgconnector.licensing.code.control.CodeRefresher;
import org.kgconnector.licensing.code.control.LicenseApi;
import org.kgconnector.licensing.code.control.Verdict;
import org.kgconnector.persistence.license.LicenseCode;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.platform.marketplace.MarketplaceUnavailable;

/**
 * The connector as the vendor software's license server (docs/protocol/license.md §1.1): activation of the codes a user typed
 * in, whether a code is usable now (from the connector's state, confirmed with the query API at most once a day
 * per code and at once after a callback changed it), and the daily software usage.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LicenseCodeService {

    /** The most codes one activation may carry (one v2 batch). */
    public static final int MAX_ACTIVATION_BATCH = LicenseApi.BATCH;

    static final Duration CONFIRM_EVERY = Duration.ofDays(1);

    @Inject
    LicenseApi api;

    @Inject
    CodeChanges changes;

    @Inject
    CodeRefresher refresher;

    /**
     * Activates the codes: one with the v1 API, several with one v2 batch call (at most 100), falling back to one
     * call per code when the batch is refused, so that each code gets its own verdict; then each activated code
     * is queried for its real status and expiry.
     */
    public List<CodeAnswer> activate(List<String> licenses, String realEffectTime) {
        List<Verdict> verdicts = new ArrayList<>();
        try {
            Verdict batch = licenses.size() == 1 ? null : api.activateBatch(licenses, realEffectTime);
            for (String license : licenses) {
                verdicts.add(batch != null && batch.activated() ? batch : api.activate(license, realEffectTime));
            }
        } catch (MarketplaceUnavailable down) {
            while (verdicts.size() < licenses.size()) {
                verdicts.add(Verdict.MARKETPLACE_UNAVAILABLE);
            }
        }
        List<CodeAnswer> answers = new ArrayList<>();
        for (int i = 0; i < licenses.size(); i++) {
            answers.add(afterActivation(licenses.get(i), verdicts.get(i)));
        }
        return answers;
    }

    private CodeAnswer afterActivation(String license, Verdict verdict) {
        if (verdict.activated()) {
            ConstraintRetry.call(() -> {
                changes.activated(license);
                return null;
            });
            confirm(license);
            return CodeAnswer.of(changes.find(license), verdict, false, null);
        }
        LicenseCode known = changes.find(license);
        return known == null ? CodeAnswer.unknown(license, verdict) : CodeAnswer.of(known, verdict, false, verdict.message());
    }

    /** Asks the query API; when it cannot be asked, the state stays as it was and says so later. */
    private Optional<LicenseApi.Queried> confirm(String license) {
        try {
            return Optional.of(ConstraintRetry.call(() -> refresher.refresh(license)));
        } catch (MarketplaceUnavailable down) {
            return Optional.empty();
        }
    }

    /**
     * Whether the code is usable now.
     *
     * @return empty when neither the connector nor the marketplace knows the code
     */
    public Optional<CodeAnswer> check(String license) {
        LicenseCode code = changes.find(license);
        if (code != null && (!code.isActivated() || code.isReleased() || !confirmationDue(code))) {
            return Optional.of(CodeAnswer.of(code, null, false, null));
        }
        Optional<LicenseApi.Queried> queried = confirm(license);
        LicenseCode now = changes.find(license);
        if (queried.isEmpty()) {
            return now == null ? Optional.of(CodeAnswer.unknown(license, Verdict.MARKETPLACE_UNAVAILABLE))
                    : Optional.of(CodeAnswer.of(now, Verdict.MARKETPLACE_UNAVAILABLE, true,
                            "the marketplace cannot be reached: this is the state it last confirmed."));
        }
        Verdict verdict = queried.get().verdict();
        if (now == null) {
            return verdict == Verdict.UNKNOWN_CODE || verdict == Verdict.INVALID_CODE ? Optional.empty()
                    : Optional.of(CodeAnswer.unknown(license, verdict));
        }
        return Optional.of(CodeAnswer.of(now, verdict == Verdict.ACTIVATED ? null : verdict, false, null));
    }

    private static boolean confirmationDue(LicenseCode code) {
        return code.isRefreshDue() || code.getRefreshedAt() == null
                || code.getRefreshedAt().isBefore(Instant.now().minus(CONFIRM_EVERY));
    }

    /**
     * Queues the day's usage of a known code (UTC day): client ids (each counted once a day) and/or the number of
     * active clients.
     *
     * @return how many entries were queued; empty when the code is not known
     */
    public Optional<Integer> reportUsage(String license, List<String> clientIds, Integer activeClients) {
        if (changes.find(license) == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Optional.of(ConstraintRetry.call(() -> changes.recordUsage(license, today, clientIds, activeClients)));
    }
}

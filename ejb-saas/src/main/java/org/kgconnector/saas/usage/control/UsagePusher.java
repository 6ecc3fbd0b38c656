package org.kgconnector.saas.usage.control;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.persistence.usage.UsageRecord;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.marketplace.MarketplaceUnavailable;
import org.kgconnector.platform.work.DurableWork;
import org.kgconnector.platform.work.WorkLeases;

/**
 * Pushes closed usage records, as the handler of the platform's durable work (its one timer on every node): each tick claims batches of due records
 * (at most {@code koogallery.usage.batch-size}, default 100, never more than 1000) until none is left. Accepted
 * records are done; records the marketplace refuses or calls abnormal, and records past its 21-day limit, become
 * dead letters; an unreachable marketplace is retried with back-off, and so is a refusal that follows an attempt
 * which may have reached the marketplace (the records may have arrived: they go again, same {@code metering_sn},
 * rather than die). Every call is in the outbound ledger.
 */
@Stateless
@LocalBean
@Local(DurableWork.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsagePusher implements DurableWork {

    static final int MAX_BATCH = 1000;

    @Inject
    UsagePushStore store;

    @Inject
    UsagePushApi api;

    @Inject
    ConnectorSettings settings;

    @Override
    public void runDue() {
        pushDue();
    }

    /** Pushes until nothing is due; returns how many records were sent. */
    public int pushDue() {
        int limit = Math.max(1, Math.min(MAX_BATCH, settings.usageBatchSize()));
        int sent = 0;
        while (true) {
            String owner = WorkLeases.newOwner();
            List<UsageRecord> claimed = store.claim(owner, limit);
            if (claimed.isEmpty()) {
                return sent;
            }
            sent += pushBatch(claimed, owner);
        }
    }

    private int pushBatch(List<UsageRecord> claimed, String owner) {
        Instant oldest = Instant.now().minus(UsageAggregation.MARKETPLACE_LIMIT);
        List<Long> tooOld = claimed.stream().filter(r -> r.getPeriodStart().isBefore(oldest)).map(UsageRecord::getId)
                .toList();
        if (!tooOld.isEmpty()) {
            store.deadLetters(tooOld, owner, "begin_time is older than 21 days: the marketplace would refuse it");
        }
        int sent = 0;
        for (boolean oldApi : new boolean[] {false, true}) {
            String wanted = oldApi ? UsageRecord.OLD_API : UsageRecord.NEW_API;
            List<UsageRecord> batch = claimed.stream().filter(r -> !tooOld.contains(r.getId()))
                    .filter(r -> wanted.equals(r.getPushApi())).toList();
            if (!batch.isEmpty()) {
                push(batch, oldApi, owner);
                sent += batch.size();
            }
        }
        return sent;
    }

    private void push(List<UsageRecord> batch, boolean oldApi, String owner) {
        List<Long> ids = batch.stream().map(UsageRecord::getId).toList();
        UsagePushApi.Pushed pushed;
        try {
            pushed = api.push(batch, oldApi);
        } catch (MarketplaceUnavailable down) {
            record(() -> store.retryLater(ids, owner, down.getMessage()));
            return;
        } catch (IllegalStateException misconfigured) {
            record(() -> store.retryLater(ids, owner, misconfigured.getMessage()));
            return;
        }
        if (!pushed.answer().success() && !oldApi && mayHaveArrivedBefore(batch, pushed)) {
            record(() -> store.retryLater(ids, owner, "usage refused after an attempt that may have arrived, so pushed again"
                    + " later: " + pushed.answer().describe()));
            return;
        }
        if (!pushed.answer().success()) {
            record(() -> store.deadLetters(ids, owner, "usage refused: " + pushed.answer().describe()));
            return;
        }
        List<Long> abnormal = batch.stream().filter(r -> pushed.abnormal().contains(r.getMeteringSn()))
                .map(UsageRecord::getId).toList();
        if (!abnormal.isEmpty()) {
            record(() -> store.deadLetters(abnormal, owner, "the marketplace called the record abnormal"));
        }
        record(() -> store.pushed(ids.stream().filter(id -> !abnormal.contains(id)).toList(), owner));
    }

    /**
     * Whether an earlier attempt of these records may have reached the marketplace: one of this call timed out or
     * answered 5xx, or an earlier push of them did (a record is tried again only after such a failure). A refusal
     * may then concern that delivery, so the records go again (same {@code metering_sn}, which the marketplace
     * counts once) rather than die; only the new API has that key, so the old one never pushes twice.
     */
    private static boolean mayHaveArrivedBefore(List<UsageRecord> batch, UsagePushApi.Pushed pushed) {
        return pushed.answer().followsUncertainAttempt() || batch.stream().anyMatch(r -> r.getAttempts() > 0);
    }

    /**
     * Records how a push ended, again if the database refused the first time (a lock conflict); if it still
     * cannot, the lease expires and the records are pushed again with the same {@code metering_sn}.
     */
    private static void record(Runnable outcome) {
        ConstraintRetry.call(() -> {
            outcome.run();
            return null;
        });
    }
}

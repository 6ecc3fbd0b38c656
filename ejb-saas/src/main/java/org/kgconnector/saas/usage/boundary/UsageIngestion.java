package org.kgconnector.saas.usage.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.saas.usage.control.UsageEventStore;
import org.kgconnector.spi.UsageEvent;
import org.kgconnector.spi.UsageMeter;
import org.kgconnector.spi.UsageReceipt;

/**
 * Takes the vendor's usage events: each is checked (id, known live instance, quantity &gt; 0 with at most four
 * decimals kept, a time within the marketplace's 21 days and not in the future), and the valid ones are recorded
 * in one transaction, an id seen before (in an earlier batch or twice in this one) counted as a duplicate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageIngestion implements UsageMeter {

    public static final int MAX_EVENTS = 1000;
    /** Decimals a quantity may be sent with; four are kept. */
    static final int MAX_SCALE = 20;
    static final Duration LATEST = Duration.ofDays(21);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    UsageEventStore store;

    /**
     * Precision and scale are checked before any arithmetic: a quantity such as {@code 1E+10000000} or
     * {@code 1E-10000000} would otherwise cost seconds of CPU to round. At most 20 digits before the point and
     * {@value #MAX_SCALE} after it (four are kept).
     */
    static String outOfRange(BigDecimal quantity) {
        if (quantity.scale() > MAX_SCALE) {
            return "quantity has more than " + MAX_SCALE + " decimals";
        }
        if ((long) quantity.precision() - quantity.scale() > 20) {
            return "quantity is too large";
        }
        return null;
    }

    @Override
    public UsageReceipt report(List<UsageEvent> events) {
        Instant now = Instant.now();
        List<UsageReceipt.Rejected> rejected = new ArrayList<>();
        Map<String, UsageEvent> valid = new LinkedHashMap<>();
        int repeatedInBatch = 0;
        Set<String> live = store.liveInstances(events.stream().map(UsageEvent::instanceId)
                .filter(id -> id != null && id.length() <= 64).distinct().toList());
        for (UsageEvent event : events) {
            String problem = problem(event, live, now);
            if (problem != null) {
                rejected.add(new UsageReceipt.Rejected(event.id(), problem));
            } else if (valid.putIfAbsent(event.id(), normalised(event)) != null) {
                repeatedInBatch++;
            }
        }
        int accepted = valid.isEmpty() ? 0 : ConstraintRetry.call(() -> store.insertNew(List.copyOf(valid.values()), now));
        return new UsageReceipt(accepted, valid.size() - accepted + repeatedInBatch, rejected);
    }

    private static String problem(UsageEvent event, Set<String> live, Instant now) {
        if (event.id() == null || event.id().isBlank() || event.id().length() > 128) {
            return "id must be 1 to 128 characters";
        }
        if (event.instanceId() == null || !live.contains(event.instanceId())) {
            return "unknown instance";
        }
        if (event.quantity() == null) {
            return "quantity must be greater than 0";
        }
        String range = outOfRange(event.quantity());
        if (range != null) {
            return range;
        }
        if (event.quantity().setScale(4, RoundingMode.HALF_UP).signum() <= 0) {
            return "quantity must be greater than 0";
        }
        if (event.time() == null) {
            return "time is missing";
        }
        if (event.time().isBefore(now.minus(LATEST))) {
            return "time is older than 21 days";
        }
        if (event.time().isAfter(now.plus(CLOCK_SKEW))) {
            return "time is in the future";
        }
        if (event.packageInstanceId() != null && event.packageInstanceId().length() > 64) {
            return "packageInstanceId is longer than 64 characters";
        }
        return null;
    }

    private static UsageEvent normalised(UsageEvent e) {
        String pkg = e.packageInstanceId() == null || e.packageInstanceId().isBlank() ? null : e.packageInstanceId();
        BigDecimal quantity = e.quantity().setScale(4, RoundingMode.HALF_UP);
        return new UsageEvent(e.id(), e.instanceId(), quantity, e.time(), pkg);
    }
}

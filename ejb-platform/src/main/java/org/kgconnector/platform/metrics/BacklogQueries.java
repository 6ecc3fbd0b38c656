package org.kgconnector.platform.metrics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.work.OutboundJobStore;
import org.kgconnector.platform.work.WorkKind;

/**
 * The work not done, of every kind, in one read-only query: how many pieces wait (pending, leased or not) and how
 * many were given up, per kind. Finished work is not counted, so the query reads the state indexes only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BacklogQueries {

    static final String SQL = "SELECT 'PROVISIONING', state, COUNT(*) FROM provisioning_job WHERE state <> 'DONE' GROUP BY state"
            + " UNION ALL SELECT kind, state, COUNT(*) FROM outbound_job WHERE state <> 'DONE' GROUP BY kind, state"
            + " UNION ALL SELECT 'USAGE_PUSH', state, COUNT(*) FROM usage_record WHERE state <> 'DONE' GROUP BY state"
            + " UNION ALL SELECT 'LICENSE_USAGE', state, COUNT(*) FROM license_usage WHERE state <> 'DONE' GROUP BY state";

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** Per kind, the pieces of work in each state but {@code DONE}; a kind or state without any is absent. */
    public Map<WorkKind, Map<JobState, Long>> counts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).getResultList();
        return collect(rows);
    }

    static Map<WorkKind, Map<JobState, Long>> collect(List<Object[]> rows) {
        Map<WorkKind, Map<JobState, Long>> counts = new EnumMap<>(WorkKind.class);
        for (Object[] row : rows) {
            WorkKind kind = kind(String.valueOf(row[0]).trim());
            JobState state = JobState.valueOf(String.valueOf(row[1]).trim());
            counts.computeIfAbsent(kind, k -> new EnumMap<>(JobState.class))
                    .merge(state, ((Number) row[2]).longValue(), Long::sum);
        }
        return counts;
    }

    private static WorkKind kind(String stored) {
        for (OutboundKind outbound : OutboundKind.values()) {
            if (outbound.name().equals(stored)) {
                return OutboundJobStore.kindOf(outbound);
            }
        }
        return WorkKind.valueOf(stored);
    }
}

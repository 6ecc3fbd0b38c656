package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.kgconnector.persistence.job.ProvisioningJob;
import org.kgconnector.persistence.outbound.OutboundCall;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.persistence.usage.UsageRecord;

/** The durable work for the operator, newest first and paged by id: provisioning, outbound jobs and calls, usage. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WorkQueries {

    /** The kinds of outbound job, by name. */
    public static final List<String> OUTBOUND_KINDS = Arrays.stream(OutboundKind.values()).map(Enum::name).toList();

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** Provisioning jobs in a state ({@code FAILED}: given up, waiting for the operator). */
    public Page<Views.JobView> jobs(WorkState state, Long after, int limit) {
        return page(em.createQuery("SELECT j FROM ProvisioningJob j WHERE j.state = :state" + below("j", after)
                + " ORDER BY j.id DESC", ProvisioningJob.class).setParameter("state", state.stored()), after, limit,
                Views::of, ProvisioningJob::getId);
    }

    /** Outbound jobs of a kind (one of {@link #OUTBOUND_KINDS}; null: every kind) in a state. */
    public Page<Views.OutboundJobView> outboundJobs(String kindName, WorkState state, Long after, int limit) {
        OutboundKind kind = kindName == null ? null : OutboundKind.valueOf(kindName);
        TypedQuery<OutboundJob> query = em.createQuery("SELECT j FROM OutboundJob j WHERE j.state = :state"
                + (kind == null ? "" : " AND j.kind = :kind") + below("j", after) + " ORDER BY j.id DESC",
                OutboundJob.class).setParameter("state", state.stored());
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return page(query, after, limit, Views::of, OutboundJob::getId);
    }

    /** Calls to the marketplace's open API, of one API (null: any) with one outcome (null: any). */
    public Page<Views.OutboundCallView> outboundCalls(String api, String outcome, Long after, int limit) {
        TypedQuery<OutboundCall> query = em.createQuery("SELECT c FROM OutboundCall c WHERE 1 = 1"
                + (api == null ? "" : " AND c.api = :api") + (outcome == null ? "" : " AND c.outcome = :outcome")
                + below("c", after) + " ORDER BY c.id DESC", OutboundCall.class);
        if (api != null) {
            query.setParameter("api", api);
        }
        if (outcome != null) {
            query.setParameter("outcome", outcome);
        }
        return page(query, after, limit, Views::of, OutboundCall::getId);
    }

    /**
     * Usage records in a state: {@code FAILED} are the dead letters (refused, abnormal, or past the marketplace's
     * 21-day limit) with the reason; {@code PENDING} wait; {@code DONE} were pushed.
     */
    public Page<Views.UsageRecordView> usageRecords(WorkState state, Long after, int limit) {
        return page(em.createQuery("SELECT r FROM UsageRecord r WHERE r.state = :state" + below("r", after)
                + " ORDER BY r.id DESC", UsageRecord.class).setParameter("state", state.stored()), after, limit,
                Views::of, UsageRecord::getId);
    }

    private static String below(String alias, Long after) {
        return after == null ? "" : " AND " + alias + ".id < :after";
    }

    private static <R, T> Page<T> page(TypedQuery<R> query, Long after, int limit, Function<R, T> view,
                                       Function<R, Long> id) {
        if (after != null) {
            query.setParameter("after", after);
        }
        return Page.byId(query, limit, view, id);
    }
}

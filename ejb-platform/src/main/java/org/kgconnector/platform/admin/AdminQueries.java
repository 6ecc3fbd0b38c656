package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.kgconnector.persistence.instance.SaasInstance;
import org.kgconnector.persistence.job.ProvisioningJob;
import org.kgconnector.persistence.ledger.InboundCallback;
import org.kgconnector.persistence.usage.UsageRecord;

/** The admin views' reads, newest first and bounded. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AdminQueries {

    public static final int MAX_ROWS = 500;

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    public List<Views.InstanceView> instances(int limit) {
        return em.createQuery("select i from SaasInstance i order by i.createdAt desc", SaasInstance.class)
                .setMaxResults(bounded(limit)).getResultList().stream().map(AdminQueries::view).toList();
    }

    public Optional<Views.InstanceDetail> instance(String instanceId) {
        SaasInstance instance = em.find(SaasInstance.class, instanceId);
        if (instance == null) {
            return Optional.empty();
        }
        List<Views.JobView> jobs = em.createQuery("select j from ProvisioningJob j where j.instanceId = :id order by j.id",
                ProvisioningJob.class).setParameter("id", instanceId).getResultList().stream().map(AdminQueries::view).toList();
        List<Views.CallbackView> callbacks = em.createQuery("select c from InboundCallback c where c.instanceId = :id"
                + " order by c.id desc", InboundCallback.class).setParameter("id", instanceId).setMaxResults(MAX_ROWS)
                .getResultList().stream().map(AdminQueries::view).toList();
        return Optional.of(new Views.InstanceDetail(view(instance), jobs, callbacks));
    }

    /** Jobs in a state (for example {@code FAILED}: given up, waiting for the operator), newest first. */
    public List<Views.JobView> jobs(WorkState state, int limit) {
        return em.createQuery("select j from ProvisioningJob j where j.state = :state order by j.id desc",
                ProvisioningJob.class).setParameter("state", state.stored()).setMaxResults(bounded(limit)).getResultList()
                .stream().map(AdminQueries::view).toList();
    }

    public List<Views.CallbackView> callbacks(int limit) {
        TypedQuery<InboundCallback> query = em.createQuery("select c from InboundCallback c order by c.id desc",
                InboundCallback.class);
        return query.setMaxResults(bounded(limit)).getResultList().stream().map(AdminQueries::view).toList();
    }

    /**
     * Usage records in a state, newest first: {@code FAILED} are the dead letters (refused, abnormal, or past the
     * marketplace's 21-day limit) with the reason. At most 1000.
     */
    public List<Views.UsageRecordView> usageRecords(WorkState state, int limit) {
        return em.createNamedQuery(UsageRecord.IN_STATE, UsageRecord.class).setParameter("state", state.stored())
                .setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList().stream().map(Views::of).toList();
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_ROWS));
    }

    private static Views.InstanceView view(SaasInstance i) {
        return new Views.InstanceView(i.getInstanceId(), i.getOrderId(), i.getOrderLineId(), i.getProtocolVersion().name(),
                i.isTestCall(), i.getLifecycle().name(), i.getProvisioning().name(), i.getProvisioningError(),
                i.getProductId(), i.getChargingMode(), i.getExpireTime(), i.getCreatedAt(), i.getUpdatedAt());
    }

    private static Views.JobView view(ProvisioningJob j) {
        return new Views.JobView(j.getId(), j.getInstanceId(), j.getAction().name(), j.getState().name(), j.getAttempts(),
                j.getNextAttemptAt(), j.getLastError());
    }

    private static Views.CallbackView view(InboundCallback c) {
        return new Views.CallbackView(c.getId(), c.getReceivedAt(), c.getDurationMs(), c.getHttpMethod(), c.getAddress(),
                c.getActivity(), c.getKeyId(), c.getVerification().name(), c.getResultCode(), c.getResultMsg(),
                c.getInstanceId(), c.getTestCall(), c.getNode(), c.getRequestQuery(), c.getRequestBody(),
                c.getAnswerBody());
    }
}

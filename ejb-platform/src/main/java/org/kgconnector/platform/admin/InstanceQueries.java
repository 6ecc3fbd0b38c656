package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kgconnector.persistence.instance.SaasInstance;
import org.kgconnector.persistence.job.ProvisioningJob;
import org.kgconnector.persistence.outbound.OutboundCall;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.usage.UsageRecord;

/** The SaaS instances for the operator: newest first, found by instance id, order id or customer, and one's timeline. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InstanceQueries {

    /** How much of an instance's history its timeline shows, per part, newest first. */
    static final int TIMELINE_ROWS = 200;

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** Instances of every protocol version, newest first, after the key {@code createdAt~instanceId}. */
    public Page<Views.InstanceView> instances(Instant afterTime, String afterId, int limit) {
        String after = afterTime == null ? ""
                : " WHERE i.createdAt < :time OR (i.createdAt = :time AND i.instanceId < :id)";
        var query = em.createQuery("SELECT i FROM SaasInstance i" + after
                + " ORDER BY i.createdAt DESC, i.instanceId DESC", SaasInstance.class);
        if (afterTime != null) {
            query.setParameter("time", afterTime).setParameter("id", afterId);
        }
        return Page.of(query.setMaxResults(Page.readLimit(limit)).getResultList(), limit, Views::of,
                i -> PageKey.of(i.getCreatedAt(), i.getInstanceId()));
    }

    /**
     * The instances whose instance id or order id is {@code term}, or whose order names it as its customer (id or
     * name), newest first: three lookups by index, not one query that an OR would turn into a scan.
     */
    public List<Views.InstanceView> search(String term) {
        Map<String, SaasInstance> found = new LinkedHashMap<>();
        Optional.ofNullable(em.find(SaasInstance.class, term)).ifPresent(i -> found.put(i.getInstanceId(), i));
        em.createQuery("SELECT i FROM SaasInstance i WHERE i.orderId = :term", SaasInstance.class)
                .setParameter("term", term).setMaxResults(Page.MAX_ROWS).getResultList()
                .forEach(i -> found.put(i.getInstanceId(), i));
        Set<String> orders = new HashSet<>();
        for (String customer : List.of("customerId", "customerName")) {
            orders.addAll(em.createQuery("SELECT o.orderId FROM MarketplaceOrder o WHERE o." + customer + " = :term",
                    String.class).setParameter("term", term).setMaxResults(Page.MAX_ROWS).getResultList());
        }
        if (!orders.isEmpty()) {
            em.createQuery("SELECT i FROM SaasInstance i WHERE i.orderId IN :orders", SaasInstance.class)
                    .setParameter("orders", orders).setMaxResults(Page.MAX_ROWS).getResultList()
                    .forEach(i -> found.put(i.getInstanceId(), i));
        }
        return found.values().stream().sorted(Comparator.comparing(SaasInstance::getCreatedAt).reversed())
                .limit(Page.MAX_ROWS).map(Views::of).toList();
    }

    public Optional<Views.InstanceDetail> instance(String instanceId) {
        SaasInstance instance = em.find(SaasInstance.class, instanceId);
        if (instance == null) {
            return Optional.empty();
        }
        List<Views.JobView> jobs = em.createQuery("SELECT j FROM ProvisioningJob j WHERE j.instanceId = :id ORDER BY j.id",
                ProvisioningJob.class).setParameter("id", instanceId).getResultList().stream().map(Views::of).toList();
        List<Views.CallbackView> callbacks = em.createQuery("SELECT c FROM InboundCallback c WHERE c.instanceId = :id"
                        + " ORDER BY c.id DESC", org.kgconnector.persistence.ledger.InboundCallback.class)
                .setParameter("id", instanceId).setMaxResults(TIMELINE_ROWS).getResultList().stream().map(Views::of)
                .toList();
        List<Views.OutboundJobView> outboundJobs = em.createQuery("SELECT j FROM OutboundJob j WHERE j.subject = :order"
                        + " ORDER BY j.id DESC", OutboundJob.class).setParameter("order", instance.getOrderId())
                .setMaxResults(TIMELINE_ROWS).getResultList().stream().map(Views::of).toList();
        List<Views.OutboundCallView> outboundCalls = em.createQuery("SELECT c FROM OutboundCall c WHERE c.subject = :order"
                        + " OR c.subject = :instance ORDER BY c.id DESC", OutboundCall.class)
                .setParameter("order", instance.getOrderId()).setParameter("instance", instanceId)
                .setMaxResults(TIMELINE_ROWS).getResultList().stream().map(Views::of).toList();
        List<Views.UsageRecordView> usage = em.createQuery("SELECT r FROM UsageRecord r WHERE r.instanceId = :id"
                        + " ORDER BY r.periodStart DESC, r.id DESC", UsageRecord.class).setParameter("id", instanceId)
                .setMaxResults(TIMELINE_ROWS).getResultList().stream().map(Views::of).toList();
        return Optional.of(new Views.InstanceDetail(Views.of(instance), jobs, callbacks, outboundJobs, outboundCalls,
                usage));
    }
}

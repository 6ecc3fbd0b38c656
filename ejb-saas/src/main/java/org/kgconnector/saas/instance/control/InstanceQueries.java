package org.kgconnector.saas.instance.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kgconnector.persistence.instance.Provisioning;
import org.kgconnector.persistence.instance.SaasInstance;

/** Reads of instances, outside any business transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InstanceQueries {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** The instances among the ids, by id; unknown ids are absent. One query for all of them. */
    public Map<String, SaasInstance> byIds(List<String> ids) {
        return em.createQuery("select i from SaasInstance i where i.instanceId in :ids", SaasInstance.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(SaasInstance::getInstanceId, Function.identity()));
    }

    public SaasInstance find(String instanceId) {
        return em.find(SaasInstance.class, instanceId);
    }

    /** The provisioning state of an instance, read fresh from the database. */
    public Provisioning provisioning(String instanceId) {
        List<Provisioning> state = em.createQuery("select i.provisioning from SaasInstance i where i.instanceId = :id",
                Provisioning.class).setParameter("id", instanceId).getResultList();
        return state.isEmpty() ? null : state.get(0);
    }
}

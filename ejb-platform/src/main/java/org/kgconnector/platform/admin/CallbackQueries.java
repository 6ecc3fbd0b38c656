package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.kgconnector.persistence.ledger.InboundCallback;

/** The inbound ledger for the operator: filtered, newest first, paged by id. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallbackQueries {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** The rows the filter admits with an id below {@code after} (none: from the newest). */
    public Page<Views.CallbackView> callbacks(CallbackFilter filter, Long after, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        if (filter.family() != null) {
            where.add(filter.family().condition());
        }
        condition(where, parameters, "c.activity = :activity", "activity", filter.activity());
        condition(where, parameters, "c.resultCode = :resultCode", "resultCode", filter.resultCode());
        condition(where, parameters, "c.verification = :verification", "verification", filter.verification());
        condition(where, parameters, "c.receivedAt >= :from", "from", filter.from());
        condition(where, parameters, "c.receivedAt < :to", "to", filter.to());
        condition(where, parameters, "c.instanceId = :instanceId", "instanceId", filter.instanceId());
        condition(where, parameters, "c.ref = :ref", "ref", filter.ref());
        condition(where, parameters, "c.id < :after", "after", after);
        TypedQuery<InboundCallback> query = em.createQuery("SELECT c FROM InboundCallback c" + where
                + " ORDER BY c.id DESC", InboundCallback.class);
        parameters.forEach(query::setParameter);
        return Page.byId(query, limit, Views::of, InboundCallback::getId);
    }

    public Optional<Views.CallbackView> callback(long id) {
        return Optional.ofNullable(em.find(InboundCallback.class, id)).map(Views::of);
    }

    private static void condition(StringJoiner where, Map<String, Object> parameters, String condition, String name,
                                  Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }
}

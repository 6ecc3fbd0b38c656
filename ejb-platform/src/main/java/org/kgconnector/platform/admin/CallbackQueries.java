package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.kgconnector.persistence.ledger.InboundCallback;

/** The inbound ledger for the operator: filtered, newest first, paged by id. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallbackQueries {

    /** The first id window of a shared-value filter; each next one is four times wider. */
    static final long FIRST_WINDOW = 20_000;

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /**
     * The rows the filter admits with an id below {@code after} (none: from the newest). A filter on a column many
     * rows share (family, activity, result code, verification) is read in id windows from the newest down, each
     * window four times the last, until the page is full: every query is an index range of the filter and the id,
     * so no database sorts all the rows the filter admits (H2 would) and a rare value costs a few empty ranges. An
     * instance, a reference or a time range narrows the rows by its own index, and is read directly.
     */
    public Page<Views.CallbackView> callbacks(CallbackFilter filter, Long after, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        if (filter.family() != null) {
            where.add(filter.family().condition());
        }
        condition(where, parameters, "c.activity = :activity", "activity", filter.activity());
        condition(where, parameters, "c.resultCode = :resultCode", "resultCode", filter.resultCode());
        condition(where, parameters, "c.verification = :verification", "verification", filter.verification());
        boolean shared = !parameters.isEmpty() || filter.family() != null;
        condition(where, parameters, "c.receivedAt >= :from", "from", filter.from());
        condition(where, parameters, "c.receivedAt < :to", "to", filter.to());
        condition(where, parameters, "c.instanceId = :instanceId", "instanceId", filter.instanceId());
        condition(where, parameters, "c.ref = :ref", "ref", filter.ref());
        condition(where, parameters, "c.id < :after", "after", after);
        boolean narrowed = filter.instanceId() != null || filter.ref() != null || filter.from() != null
                || filter.to() != null;
        if (!shared || narrowed) {
            return Page.byId(query(where.toString(), parameters), limit, Views::of, InboundCallback::getId);
        }
        return Page.of(inWindows(where.toString(), parameters, after, Page.readLimit(limit)), limit, Views::of,
                c -> Long.toString(c.getId()));
    }

    private List<InboundCallback> inWindows(String where, Map<String, Object> parameters, Long after, int wanted) {
        Long newest = em.createQuery("SELECT MAX(c.id) FROM InboundCallback c", Long.class).getSingleResult();
        Long oldest = em.createQuery("SELECT MIN(c.id) FROM InboundCallback c", Long.class).getSingleResult();
        List<InboundCallback> rows = new ArrayList<>();
        if (newest == null) {
            return rows;
        }
        long upper = after == null ? newest + 1 : Math.min(after, newest + 1);
        long width = FIRST_WINDOW;
        while (rows.size() < wanted && upper > oldest) {
            long lower = Math.max(oldest, upper - width);
            Map<String, Object> window = new LinkedHashMap<>(parameters);
            window.put("upper", upper);
            window.put("lower", lower);
            rows.addAll(query(where + (where.isEmpty() ? " WHERE " : " AND ") + "c.id < :upper AND c.id >= :lower",
                    window).setMaxResults(wanted - rows.size()).getResultList());
            upper = lower;
            width *= 4;
        }
        return rows;
    }

    private TypedQuery<InboundCallback> query(String where, Map<String, Object> parameters) {
        TypedQuery<InboundCallback> query = em.createQuery("SELECT c FROM InboundCallback c" + where
                + " ORDER BY c.id DESC", InboundCallback.class);
        parameters.forEach(query::setParameter);
        return query;
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

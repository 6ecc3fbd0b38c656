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
     * so no database sorts all the rows the filter admits (H2 would) and a rare value costs a few empty ranges. With
     * a time range beside it, the windows span only the ids of that range (its lowest and highest id, read from the
     * time index alone): otherwise H2 reads the shared value's rows in id order from the newest, filtering by time,
     * down to the range. An instance or a reference narrows the rows by its own index, and a time range alone by the
     * time index; those are read directly.
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
        StringJoiner time = new StringJoiner(" AND ");
        Map<String, Object> timeParameters = new LinkedHashMap<>();
        condition(time, timeParameters, "c.receivedAt >= :from", "from", filter.from());
        condition(time, timeParameters, "c.receivedAt < :to", "to", filter.to());
        String during = timeParameters.isEmpty() ? "" : " WHERE " + time;
        if (!timeParameters.isEmpty()) {
            where.add(time.toString());
            parameters.putAll(timeParameters);
        }
        condition(where, parameters, "c.instanceId = :instanceId", "instanceId", filter.instanceId());
        condition(where, parameters, "c.ref = :ref", "ref", filter.ref());
        if (!shared || filter.instanceId() != null || filter.ref() != null) {
            condition(where, parameters, "c.id < :after", "after", after);
            return Page.byId(query(where.toString(), parameters), limit, Views::of, InboundCallback::getId);
        }
        Optional<IdSpan> span = idSpan(during, timeParameters);
        List<InboundCallback> rows = span.map(ids -> inWindows(where.toString(), parameters, after, Page.readLimit(limit),
                ids)).orElse(List.of());
        return Page.of(rows, limit, Views::of, c -> Long.toString(c.getId()));
    }

    /** The lowest and highest id of the ledger rows; empty when there are none. */
    private record IdSpan(long lowest, long highest) {
    }

    /**
     * The id span of the rows of the time range (all rows without one: the ends of the primary key). With a time
     * range their count is asked beside it, so that PostgreSQL's generic plan of the prepared statement reads the
     * time index: a query of MIN and MAX alone it answers from the ends of the primary key, filtering by time, which
     * for an old range reads most of the table.
     */
    private Optional<IdSpan> idSpan(String time, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery("SELECT MIN(c.id), MAX(c.id)" + (time.isEmpty() ? "" : ", COUNT(c)")
                + " FROM InboundCallback c" + time, Object[].class);
        parameters.forEach(query::setParameter);
        Object[] span = query.getSingleResult();
        return span[0] == null ? Optional.empty()
                : Optional.of(new IdSpan(((Number) span[0]).longValue(), ((Number) span[1]).longValue()));
    }

    private List<InboundCallback> inWindows(String where, Map<String, Object> parameters, Long after, int wanted,
                                            IdSpan span) {
        List<InboundCallback> rows = new ArrayList<>();
        long upper = after == null ? span.highest() + 1 : Math.min(after, span.highest() + 1);
        long width = FIRST_WINDOW;
        while (rows.size() < wanted && upper > span.lowest()) {
            long lower = Math.max(span.lowest(), upper - width);
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

package org.kgconnector.platform.admin;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, paged by key: the rows, and the key after which the next page starts (null on the last
 * page). A page reads one row more than it shows, to know whether another follows; never an offset.
 */
public record Page<T>(List<T> items, String next) {

    /** At most this many rows a page. */
    public static final int MAX_ROWS = 500;

    /** The page of the first {@code limit} of {@code rows} (read with {@link #readLimit}), the key of its last row naming the next. */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> view, Function<R, String> key) {
        int size = bounded(limit);
        List<R> shown = rows.size() > size ? rows.subList(0, size) : rows;
        String next = rows.size() > size ? key.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    /** The page a query ordered by descending id reads (its {@code after} condition already bound). */
    public static <R, T> Page<T> byId(TypedQuery<R> query, int limit, Function<R, T> view, Function<R, Long> id) {
        return of(query.setMaxResults(readLimit(limit)).getResultList(), limit, view, r -> Long.toString(id.apply(r)));
    }

    /** How many rows to read for a page of {@code limit}: one more than it shows. */
    public static int readLimit(int limit) {
        return bounded(limit) + 1;
    }

    static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_ROWS));
    }
}

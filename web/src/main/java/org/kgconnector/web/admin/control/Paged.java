package org.kgconnector.web.admin.control;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;
import org.kgconnector.platform.admin.Page;
import org.kgconnector.platform.admin.PageKey;

/**
 * A page of an admin list as the API answers it: the rows as a JSON array (as scripts have always read them) and,
 * when more follow, a {@code Link: <…?after=key>; rel="next"} header (RFC 8288) naming the next page by key.
 */
public final class Paged {

    private Paged() {
    }

    public static Response answer(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(page.items());
        if (page.next() != null) {
            // the key as a template value, so that it is encoded whole ({, }, % and all)
            answer.links(Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("after", "{after}")
                    .build(page.next())).rel("next").build());
        }
        return answer.build();
    }

    /** The row id of an {@code after} parameter; empty when none was given. */
    public static Optional<Long> afterId(String after) {
        try {
            return PageKey.id(after);
        } catch (IllegalArgumentException bad) {
            throw new BadRequestException(bad.getMessage());
        }
    }

    /** The time of a time-and-name {@code after} parameter; empty when none was given. */
    public static Optional<Instant> afterTime(String after) {
        try {
            return PageKey.time(after);
        } catch (IllegalArgumentException bad) {
            throw new BadRequestException(bad.getMessage());
        }
    }
}

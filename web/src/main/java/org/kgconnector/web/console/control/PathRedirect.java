package org.kgconnector.web.console.control;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A redirect to a path of the connector, its {@code Location} the path alone: the browser keeps the scheme and host
 * it used, so that behind a balancer that ends TLS it is never sent to the node's own {@code http://} address
 * ({@code sendRedirect} and JAX-RS make the address absolute from the request, which there is the balancer's inside).
 */
public final class PathRedirect {

    private PathRedirect() {
    }

    /** Answers 303 to {@code path} (it starts with {@code /}), complete: nothing after it writes to the response. */
    public static void send(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(0);
        try {
            response.flushBuffer();
        } catch (IOException clientGone) {
            // the browser went away: there is nobody left to redirect
        }
    }
}

package org.kgconnector.web.log;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import java.io.IOException;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Around every request of the web module: whatever callback reference a request made current on its thread (the
 * body capture of a callback, a login step), the thread leaves it behind when the request is done, answered,
 * refused or failed, so that a pooled thread's next request never logs under another call's reference. A JAX-RS
 * response filter alone would not do: it is skipped on some paths (an unmapped failure, a client gone). On
 * undeployment the loggers are given back their filters ({@link ConnectorLog#release()}), since the server's
 * loggers outlive the deployment.
 */
@WebFilter(filterName = "callback-ref", urlPatterns = "/*")
public class CallbackRefFilter implements Filter {

    /** The answer's header that names the call's ledger row: its reference, as in the server log. */
    public static final String HEADER = "X-KooGallery-Callback";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CallbackRef.clear();
        try {
            chain.doFilter(request, response);
        } finally {
            CallbackRef.clear();
        }
    }

    @Override
    public void destroy() {
        ConnectorLog.release();
    }
}

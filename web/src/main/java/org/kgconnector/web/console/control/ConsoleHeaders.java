package org.kgconnector.web.console.control;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.kgconnector.web.callback.control.AddressPath;

/**
 * The console's pages and the admin API behind them load nothing from elsewhere, run no inline script, are never
 * framed and never cached: a script another site injected into a row (a tenant's name, a callback's body) stays
 * text, and a shared browser keeps no operator data.
 */
@Provider
public class ConsoleHeaders implements ContainerResponseFilter {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean console = AddressPath.under(request.getUriInfo(), "console");
        if (!console && !AddressPath.under(request.getUriInfo(), "admin")) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Cache-Control", "no-store");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (console) {
            headers.putSingle("Content-Security-Policy", POLICY);
            headers.putSingle("X-Frame-Options", "DENY");
            headers.putSingle("Referrer-Policy", "same-origin");
        }
    }
}

package org.kgconnector.web.api.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.ConstantTime;

/**
 * Admits a vendor API call only with {@code Authorization: Bearer <token>} naming one of
 * {@code koogallery.api.tokens} (comma-separated, read on each call so a rotation needs no redeploy), compared in
 * constant time. With no token configured, every call is refused and the answer says why.
 */
@Provider
@VendorApi
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    ConnectorSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> configured = settings.apiTokens();
        if (configured.isEmpty() || configured.get().isBlank()) {
            request.abortWith(ApiAnswers.error(Response.Status.UNAUTHORIZED,
                    "the vendor API is closed: no token is configured (koogallery.api.tokens)."));
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).trim() : null;
        if (presented == null || !known(presented, configured.get())) {
            request.abortWith(Response.fromResponse(ApiAnswers.error(Response.Status.UNAUTHORIZED,
                    "a valid bearer token is required.")).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
    }

    private static boolean known(String presented, String configured) {
        boolean match = false;
        for (String token : configured.split(",")) {
            String trimmed = token.trim();
            if (!trimmed.isEmpty() && ConstantTime.exactEquals(trimmed, presented)) {
                match = true;
            }
        }
        return match;
    }
}

package org.kgconnector.web.callback.control;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kgconnector.protocol.time.Arrival;

/**
 * Reads the callback's body as bytes (at most the address's limit), puts it back for JAX-RS, and records it
 * with the request line as the exchange's {@link ReceivedCallback}. Registered by {@link SignedCallbackFeature}.
 */
public class BodyCaptureFilter implements ContainerRequestFilter {

    /** The headers a signature scheme reads, and those the ledger keeps of a call that was not verified. */
    static final List<String> KEPT_HEADERS = List.of("x-sign", "x-timestamp", "x-nonce", "authtoken", "content-type",
            "user-agent", "x-forwarded-for", "x-real-ip");
    private static final int MAX_HEADER_LENGTH = 256;

    private final SignatureScheme scheme;
    private final CallbackExchange exchange;

    BodyCaptureFilter(SignatureScheme scheme, CallbackExchange exchange) {
        this.scheme = scheme;
        this.exchange = exchange;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        int limit = scheme.maxBodyBytes();
        boolean tooLarge = request.getLength() > limit;
        byte[] body = new byte[0];
        if (!tooLarge && request.hasEntity()) {
            try (InputStream in = request.getEntityStream()) {
                body = in.readNBytes(limit + 1);
            }
            tooLarge = body.length > limit;
        }
        int receivedBytes = tooLarge ? Math.max(request.getLength(), limit + 1) : body.length;
        if (tooLarge) {
            body = new byte[0];
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        Map<String, String> headers = new HashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = request.getHeaderString(name);
            if (value != null) {
                headers.put(name, value.length() > MAX_HEADER_LENGTH ? value.substring(0, MAX_HEADER_LENGTH) : value);
            }
        }
        exchange.received(new ReceivedCallback(Instant.now(), Arrival.now(), scheme, request.getMethod(),
                "/" + request.getUriInfo().getPath(), request.getUriInfo().getRequestUri().getRawQuery(), body,
                receivedBytes, Map.copyOf(headers)));
    }
}

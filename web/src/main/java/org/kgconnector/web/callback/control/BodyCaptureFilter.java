package org.kgconnector.web.callback.control;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.protocol.time.Arrival;

/**
 * Reads the callback's body as bytes, puts it back for JAX-RS, and records it with the request line as the
 * exchange's {@link ReceivedCallback}. Nothing is read beyond what the address allows, and nothing at all when the
 * signature parameters already refuse the call (missing, malformed, out of their window); a body larger than
 * {@link BodyLimits#SMALL} is read only under one of the few large-body permits. The call's reference is made
 * here, first of all, and is the thread's current one from then on (its log lines carry it), until
 * {@link org.kgconnector.web.log.CallbackRefFilter} clears it. Registered by {@link SignedCallbackFeature}.
 */
public class BodyCaptureFilter implements ContainerRequestFilter {

    /** The headers a signature scheme reads, and those the ledger keeps of a call that was not verified. */
    static final List<String> KEPT_HEADERS = List.of("x-sign", "x-timestamp", "x-nonce", "authtoken", "content-type",
            "user-agent", "x-forwarded-for", "x-real-ip");
    private static final int MAX_HEADER_LENGTH = 256;

    private final SignatureScheme scheme;
    private final CallbackExchange exchange;
    private final V2SignatureVerifier v2;
    private final BodyLimits limits;

    BodyCaptureFilter(SignatureScheme scheme, CallbackExchange exchange, V2SignatureVerifier v2, BodyLimits limits) {
        this.scheme = scheme;
        this.exchange = exchange;
        this.v2 = v2;
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        CallbackRef.set(exchange.ref());
        Instant receivedAt = Instant.now();
        Arrival arrival = Arrival.now();
        String address = AddressPath.of(request.getUriInfo());
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        Map<String, String> headers = keptHeaders(request);
        int limit = scheme.bodyLimit(address);
        int declared = request.getLength();
        Reading reading = !request.hasEntity() ? Reading.unread(0)
                : declared > limit || refusedByParameters(rawQuery, headers) ? Reading.unread(declared)
                : readOrNothing(request, limit);
        request.setEntityStream(new ByteArrayInputStream(reading.body()));
        exchange.received(new ReceivedCallback(receivedAt, arrival, scheme, request.getMethod(), address, rawQuery,
                reading.body(), reading.receivedBytes(), headers, limit, reading.busy(), reading.largePermit()));
    }

    /** What was read of the body: the bytes (empty when over the limit or not read) and how many arrived. */
    private record Reading(byte[] body, int receivedBytes, boolean busy, boolean largePermit) {

        /** A body left unread (or dropped for its size), of this many bytes ({@code -1}: unknown). */
        static Reading unread(int receivedBytes) {
            return new Reading(new byte[0], receivedBytes, false, false);
        }

        static Reading whole(byte[] body, boolean largePermit) {
            return new Reading(body, body.length, false, largePermit);
        }
    }

    /** The body, or none when the client broke off while sending it (the call is then answered as unsigned). */
    private Reading readOrNothing(ContainerRequestContext request, int limit) {
        try {
            return read(request, limit);
        } catch (IOException brokenOff) {
            return Reading.unread(-1);
        }
    }

    private Reading read(ContainerRequestContext request, int limit) throws IOException {
        try (InputStream in = request.getEntityStream()) {
            byte[] head = in.readNBytes(Math.min(limit, BodyLimits.SMALL) + 1);
            if (head.length <= BodyLimits.SMALL || limit <= BodyLimits.SMALL) {
                return head.length > limit ? Reading.unread(Math.max(head.length, request.getLength()))
                        : Reading.whole(head, false);
            }
            if (!limits.enterLarge()) {
                return new Reading(new byte[0], Math.max(head.length, request.getLength()), true, false);
            }
            byte[] rest;
            try {
                rest = in.readNBytes(limit + 1 - head.length);
            } catch (IOException | RuntimeException brokenOff) {
                limits.leaveLarge();
                throw brokenOff;
            }
            int total = head.length + rest.length;
            if (total > limit) {
                limits.leaveLarge();
                return Reading.unread(Math.max(total, request.getLength()));
            }
            byte[] body = Arrays.copyOf(head, total);
            System.arraycopy(rest, 0, body, head.length, rest.length);
            return Reading.whole(body, true);
        }
    }

    /** Whether the V2 signature parameters refuse the call before its body matters. */
    private boolean refusedByParameters(String rawQuery, Map<String, String> headers) {
        SignatureParameters p = switch (scheme) {
            case V2_BASE, LICENSE_CODE -> SignatureParameters.fromQuery(rawQuery);
            case KIT_V2 -> SignatureParameters.of(headers.get("x-sign"), headers.get("x-timestamp"), headers.get("x-nonce"));
            case V1_QUERY, KIT_V1 -> null;
        };
        return p != null && v2.refusedBeforeTheBody(p).isPresent();
    }

    private static Map<String, String> keptHeaders(ContainerRequestContext request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = request.getHeaderString(name);
            if (value != null) {
                headers.put(name, value.length() > MAX_HEADER_LENGTH ? value.substring(0, MAX_HEADER_LENGTH) : value);
            }
        }
        return Map.copyOf(headers);
    }
}

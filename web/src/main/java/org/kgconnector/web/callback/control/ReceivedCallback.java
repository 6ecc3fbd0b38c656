package org.kgconnector.web.callback.control;

import java.time.Instant;
import java.util.Map;
import org.kgconnector.protocol.time.Arrival;

/**
 * A callback as it arrived, before anything was checked: the address's scheme, the request line, the raw bytes
 * (empty when over the address's limit, whose size alone is kept, or when they were not read: signature
 * parameters missing or out of their window, or no permit for a large body) and the headers the ledger keeps.
 *
 * @param receivedBytes how many bytes the body had: those read, or the declared length of a body not read ({@code -1}
 *                      when none was declared)
 * @param limit        the largest body this address accepts
 * @param busy         a large body that found no permit to be read within its wait
 * @param largePermit  a large body whose permit is held until the answer is written
 */
public record ReceivedCallback(Instant receivedAt, Arrival arrival, SignatureScheme scheme, String method,
                               String address, String rawQuery, byte[] rawBody, int receivedBytes,
                               Map<String, String> headers, int limit, boolean busy, boolean largePermit) {

    public boolean bodyTooLarge() {
        return receivedBytes > limit;
    }

    /** Whether {@link #rawBody} is the whole body as it arrived (not a body left unread). */
    public boolean wholeBodyRead() {
        return rawBody.length == receivedBytes;
    }

    /** A signature header by its lower-case name, or null. */
    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }
}

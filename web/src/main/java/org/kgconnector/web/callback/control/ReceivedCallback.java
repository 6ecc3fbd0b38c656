package org.kgconnector.web.callback.control;

import java.time.Instant;
import java.util.Map;
import org.kgconnector.protocol.time.Arrival;

/**
 * A callback as it arrived, before anything was checked: the address's scheme, the request line, the raw bytes
 * (empty when over the address's limit, whose size alone is kept) and the headers a signature scheme reads.
 */
public record ReceivedCallback(Instant receivedAt, Arrival arrival, SignatureScheme scheme, String method,
                               String address, String rawQuery, byte[] rawBody, int receivedBytes,
                               Map<String, String> headers) {

    public boolean bodyTooLarge() {
        return receivedBytes > scheme.maxBodyBytes();
    }

    /** A signature header by its lower-case name, or null. */
    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }
}

package org.kgconnector.saas.usage.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.kgconnector.protocol.crypto.Hmac;

/**
 * The {@code metering_sn} of a usage record: the SHA-256 (64 hex digits, the field's length) of instance,
 * package instance (each prefixed with its length, so no two pairs read alike), period start and sequence. The
 * same record always gets the same number; no other does.
 */
public final class MeteringSn {

    private MeteringSn() {
    }

    public static String of(String instanceId, String packageInstanceId, Instant periodStart, int sequence) {
        String key = instanceId.length() + ":" + instanceId + "|" + packageInstanceId.length() + ":" + packageInstanceId
                + "|" + periodStart.getEpochSecond() + "|" + sequence;
        return Hmac.digestHex(key.getBytes(StandardCharsets.UTF_8));
    }
}

package org.kgconnector.licensing.code.control;

import java.time.Instant;

/** What the query (heartbeat) API says about an activated code. */
public record CodeQuery(String status, Instant activateTime, Instant expireTime, String expireTimeRaw, String orderId,
                        String productId, Integer amount) {
}

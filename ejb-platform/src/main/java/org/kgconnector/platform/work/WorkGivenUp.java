package org.kgconnector.platform.work;

import java.time.Instant;

/**
 * A CDI event: a piece of durable work was given up (refused for good, or its attempts spent), in the transaction
 * that records it; for usage records this is a dead letter. Observers count it and raise the operator's alert.
 *
 * @param reason the work's last error as recorded (the same text the admin API shows)
 */
public record WorkGivenUp(WorkKind kind, String reason, Instant at) {
}

package org.kgconnector.platform.marketplace;

import java.time.Instant;
import org.kgconnector.persistence.outbound.OutboundCall;

/**
 * A CDI event: one attempt of an open-API call ended, as its outbound ledger row says (fired on the calling thread,
 * whether or not the row could be written). Observers count the calls and watch for a marketplace that stays
 * unreachable.
 */
public record OutboundCallEnded(String api, OutboundCall.Outcome outcome, Instant at) {
}

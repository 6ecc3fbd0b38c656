package org.kgconnector.spi;

import java.util.List;

/** What became of a batch of usage events: accepted (new), duplicates (ids seen before), and the rejected with why. */
public record UsageReceipt(int accepted, int duplicates, List<Rejected> rejected) {

    /** An event that was not recorded, and the reason. */
    public record Rejected(String id, String reason) {
    }
}

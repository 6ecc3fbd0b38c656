package org.kgconnector.testsupport;

import java.net.URI;
import java.time.Duration;

/**
 * The connector writes its ledger rows off the request thread; before a test reads the ledger of the calls it
 * made, it waits here until every row handed over on the node is committed ({@code ledgerBacklog} 0 in the admin
 * API's {@code /koogallery/admin/status}, which every server serves alike). A call's row is handed over before its
 * answer leaves, so an answered call is covered.
 */
public final class LedgerBacklog {

    private LedgerBacklog() {
    }

    /**
     * Waits, at most 30 s, until the node at {@code baseUri} has committed every ledger row it was given, asking as
     * the admin user {@code user}.
     */
    public static void awaitWritten(URI baseUri, String user, String password) {
        Eventually.until("the ledger rows of " + baseUri + " are committed", Duration.ofSeconds(30),
                () -> AdminStatus.of(baseUri, user, password)
                        .map(status -> status.getJsonNumber("ledgerBacklog").longValue() == 0).orElse(false));
    }
}

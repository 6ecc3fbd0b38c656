package org.kgconnector.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connector writes its ledger rows off the request thread; before a test reads the ledger of the calls it
 * made, it waits here until every row handed over on the node is committed ({@code ledgerBacklog} 0 in the admin
 * API's {@code /koogallery/admin/status}, which every server serves alike). A call's row is handed over before its
 * answer leaves, so an answered call is covered.
 */
public final class LedgerBacklog {

    private static final Pattern BACKLOG = Pattern.compile("\"ledgerBacklog\"\\s*:\\s*\"?(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LedgerBacklog() {
    }

    /**
     * Waits, at most 30 s, until the node at {@code baseUri} has committed every ledger row it was given, asking as
     * the admin user {@code user}.
     */
    public static void awaitWritten(URI baseUri, String user, String password) {
        HttpRequest live = HttpRequest.newBuilder(baseUri.resolve("/koogallery/admin/status"))
                .header("Authorization", BasicAuth.header(user, password)).timeout(Duration.ofSeconds(5)).build();
        Eventually.until("the ledger rows of " + baseUri + " are committed", Duration.ofSeconds(30),
                () -> backlog(live) == 0);
    }

    private static long backlog(HttpRequest live) {
        try {
            Matcher m = BACKLOG.matcher(HTTP.send(live, HttpResponse.BodyHandlers.ofString()).body());
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

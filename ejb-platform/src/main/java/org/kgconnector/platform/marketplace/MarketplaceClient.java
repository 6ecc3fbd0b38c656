package org.kgconnector.platform.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.kgconnector.persistence.job.NodeIdentity;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.persistence.outbound.OutboundCall;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.client.MultipartBody;
import org.kgconnector.protocol.client.OpenApiClient;
import org.kgconnector.protocol.client.OpenApiResponse;

/**
 * Calls the open APIs with the account's AK/SK ({@code koogallery.openapi.*}): each attempt within a 2.5 s
 * connect-and-answer timeout, up to {@code koogallery.openapi.retries} further attempts (default 2, 200 ms apart
 * and growing, with jitter) while the marketplace is unavailable, each attempt recorded in the outbound ledger
 * (buyer phone and e-mail masked) and reported as an {@link OutboundCallEnded} event. Each attempt is signed
 * afresh (see {@link OpenApiClient}); an answer that refuses the call after an earlier attempt that may have
 * reached the marketplace says so ({@link MarketplaceAnswer#followsUncertainAttempt()}), because the refusal may
 * concern that earlier delivery.
 *
 * <p>The retries are this class's own rather than MicroProfile Fault Tolerance annotations: Payara Server
 * 6.2025.10 does not apply the Fault Tolerance interceptor to beans of an EJB module inside an EAR (measured: no
 * retry, no {@code ft_} metric), and a silently ignored {@code @Retry} would be worse than none.
 */
@ApplicationScoped
public class MarketplaceClient {

    private static final Duration CONNECT_AND_READ = Duration.ofMillis(2500);
    private static final Duration FIRST_DELAY = Duration.ofMillis(200);
    private static final int MAX_STORED_ANSWER = 65_536;
    private static final Pattern PERSONAL = Pattern.compile("\"(mobilePhone|email)\"\\s*:\\s*\"[^\"]*\"");
    private static final Logger LOG = ConnectorLog.logger(MarketplaceClient.class);

    @Inject
    ConnectorSettings settings;

    @Inject
    OutboundLedger ledger;

    @Inject
    Event<OutboundCallEnded> ended;

    private volatile Configured current;

    private record Configured(List<String> settings, OpenApiClient client) {
    }

    /** One call: which API (for the ledger), what it is about, and how to make it with a client. */
    public record Call(String api, String subject, String method, String path, String requestForLedger,
                       Sender sender) {
    }

    /** Sends the request with the configured client. */
    @FunctionalInterface
    public interface Sender {
        OpenApiResponse send(OpenApiClient client) throws IOException, InterruptedException;
    }

    public static Call get(String api, String subject, String path, String query) {
        return new Call(api, subject, "GET", path + "?" + query, null, c -> c.get(path, query));
    }

    public static Call postJson(String api, String subject, String path, String json) {
        return postJson(api, subject, path, json, Map::of);
    }

    /**
     * A JSON POST with extra headers, which the AK/SK signature covers too; {@code headers} makes them anew for
     * every request that leaves (a fresh nonce and timestamp per attempt).
     */
    public static Call postJson(String api, String subject, String path, String json,
                                Supplier<Map<String, String>> headers) {
        return new Call(api, subject, "POST", path, json, c -> c.postJson(path, json, headers));
    }

    public static Call postMultipart(String api, String subject, String path, MultipartBody body, String described) {
        return new Call(api, subject, "POST", path, described, c -> c.postMultipart(path, body));
    }

    /**
     * @return the marketplace's business answer, success or refusal
     * @throws MarketplaceUnavailable when it could not be reached or cannot serve now, after the retries
     */
    public MarketplaceAnswer call(Call call) {
        int retries = settings.openApiRetries();
        boolean mayHaveArrived = false;
        for (int attempt = 0; ; attempt++) {
            Attempt outcome = attempt(call);
            if (outcome.answer() != null) {
                return mayHaveArrived && !outcome.answer().success() ? outcome.answer().afterUncertainAttempt()
                        : outcome.answer();
            }
            mayHaveArrived |= outcome.mayHaveArrived();
            if (attempt >= retries) {
                throw new MarketplaceUnavailable(outcome.failure());
            }
            pause(attempt);
        }
    }

    /**
     * What one attempt gave: a business answer, or why the marketplace was unavailable and whether the request may
     * have reached it all the same (anything but a refused connection).
     */
    private record Attempt(MarketplaceAnswer answer, String failure, boolean mayHaveArrived) {
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(FIRST_DELAY.toMillis() * (1L << attempt) + ThreadLocalRandom.current().nextLong(100));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MarketplaceUnavailable("interrupted while waiting to retry");
        }
    }

    private Attempt attempt(Call call) {
        OpenApiClient client = client();
        Instant start = Instant.now();
        long started = System.nanoTime();
        OpenApiResponse response = null;
        MarketplaceAnswer answer = null;
        boolean connected = true;
        try {
            response = call.sender().send(client);
            answer = MarketplaceAnswer.parse(response.status(), response.body());
        } catch (ConnectException | HttpConnectTimeoutException refused) {
            connected = false;
            LOG.log(Level.FINE, "open API " + call.api() + " unreachable", refused);
        } catch (IOException e) {
            LOG.log(Level.FINE, "open API " + call.api() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            record(call, start, started, response, answer);
        }
        if (answer == null) {
            return new Attempt(null, "the marketplace could not be reached (" + call.api() + ")", connected);
        }
        if (answer.unavailable()) {
            return new Attempt(null, "the marketplace cannot serve now: " + answer.describe(), true);
        }
        return new Attempt(answer, null, false);
    }

    private void record(Call call, Instant start, long started, OpenApiResponse response, MarketplaceAnswer answer) {
        OutboundCall.Outcome outcome = answer == null || answer.unavailable() ? OutboundCall.Outcome.UNAVAILABLE
                : answer.success() ? OutboundCall.Outcome.SUCCESS : OutboundCall.Outcome.REJECTED;
        String url = response == null ? call.path() : response.uri().toString();
        String body = response == null || response.body() == null ? null : masked(response.body());
        try {
            ledger.record(new OutboundCall.Entry(start, (System.nanoTime() - started) / 1_000_000, call.api(),
                    call.method(), url, call.subject(), response == null ? null : response.status(),
                    answer == null ? null : answer.code(), outcome, call.requestForLedger(), body, NodeIdentity.name()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the ledger row of an outbound " + call.api() + " call could not be written", e);
        }
        try {
            ended.fire(new OutboundCallEnded(call.api(), outcome, Instant.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the end of an outbound " + call.api() + " call could not be reported", e);
        }
    }

    static String masked(String body) {
        String cut = body.length() > MAX_STORED_ANSWER ? body.substring(0, MAX_STORED_ANSWER) : body;
        return PERSONAL.matcher(cut).replaceAll("\"$1\":\"***\"");
    }

    /** Whether the account's AK/SK are configured, so that open APIs can be called at all. */
    public boolean configured() {
        return settings.openApiAk().isPresent() && settings.openApiSk().isPresent();
    }

    private OpenApiClient client() {
        String endpoint = settings.openApiEndpoint();
        String fallback = settings.openApiFallbackEndpoint();
        Optional<String> ak = settings.openApiAk();
        Optional<String> sk = settings.openApiSk();
        if (ak.isEmpty() || sk.isEmpty()) {
            throw new MarketplaceUnavailable("koogallery.openapi.ak and koogallery.openapi.sk are not configured");
        }
        List<String> settings = List.of(endpoint, fallback, ak.get(), sk.get());
        Configured known = current;
        if (known == null || !known.settings().equals(settings)) {
            URI fallbackUri = fallback.isBlank() || fallback.equals("none") ? null : URI.create(fallback);
            try {
                known = new Configured(settings, new OpenApiClient(URI.create(endpoint), fallbackUri, ak.get(), sk.get(),
                        CONNECT_AND_READ, Clock.systemUTC()));
            } catch (IllegalArgumentException e) {
                throw new MarketplaceUnavailable("koogallery.openapi endpoints are invalid: " + e.getMessage());
            }
            current = known;
        }
        return known.client();
    }
}

package org.kgconnector.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.kgconnector.platform.session.ConsoleSessions;

/**
 * Every setting of the connector, typed, with its default stated once. Values come from MicroProfile Config
 * ({@code koogallery.keys.base} is also {@code KOOGALLERY_KEYS_BASE}) and are read at each use, so a changed key or
 * setting applies without a redeploy. The README's configuration table describes each one.
 */
@ApplicationScoped
public class ConnectorSettings {

    public static final Duration PROVISIONING_BUDGET = Duration.ofSeconds(3);
    public static final Duration SIGNATURE_WINDOW = Duration.ofSeconds(60);
    public static final String PAYLOAD_FORM = "either";
    public static final int AES_BITS = 256;
    public static final int OPENAPI_RETRIES = 2;
    public static final String OPENAPI_ENDPOINT = "https://mkt.myhuaweicloud.com";
    public static final String OPENAPI_FALLBACK = "https://mkt.myhuaweicloud.cn";
    public static final int USAGE_BATCH_SIZE = 100;
    public static final Duration USAGE_LEASE = Duration.ofMinutes(2);
    public static final int JOB_MAX_ATTEMPTS = 10;
    public static final Duration FIRST_BACK_OFF = Duration.ofSeconds(5);
    public static final Duration RETENTION_EVERY = Duration.ofHours(1);
    public static final Duration CONSOLE_SESSION_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration CONSOLE_SESSION_LIMIT = Duration.ofHours(8);
    public static final Duration ALERT_PERIOD = Duration.ofMinutes(15);
    public static final int ALERT_VERIFICATION_BURST = 20;
    public static final Duration ALERT_UNREACHABLE_AFTER = Duration.ofMinutes(10);
    public static final Duration ALERT_WEBHOOK_TIMEOUT = Duration.ofSeconds(5);
    public static final String SSO_LOGIN_PAGE = "https://macroverse.huaweicloud.com/unified-login/#/portal-login";

    @Inject
    Config config;

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    private <T> T value(String name, Class<T> type, T fallback) {
        return config.getOptionalValue(name, type).orElse(fallback);
    }

    /** The access keys of an interface type ({@code base}, {@code kit}, {@code license-code}, {@code legacy}, …), in order. */
    public List<String> keys(String type) {
        return commaList("koogallery.keys." + type);
    }

    /** A comma-separated setting, its entries trimmed, empty ones left out; none when unset. */
    private List<String> commaList(String name) {
        return entries(text(name));
    }

    private static List<String> entries(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList())
                .orElse(List.of());
    }

    /** How long a callback waits for its provisioning or license upload, counted from its arrival. */
    public Duration provisioningBudget() {
        return value("koogallery.provisioning.budget", Duration.class, PROVISIONING_BUDGET);
    }

    public Duration signatureWindow() {
        return value("koogallery.signature.window", Duration.class, SIGNATURE_WINDOW);
    }

    /** The window of V1 {@code timeStamp}s; none by default. */
    public Optional<Duration> v1Window() {
        return config.getOptionalValue("koogallery.signature.v1-window", Duration.class);
    }

    public String payloadForm() {
        return value("koogallery.signature.payload-form", String.class, PAYLOAD_FORM);
    }

    /** Whether {@code testFlag=1} calls reach the vendor's own provisioner and license issuer. */
    public boolean testCallsProvision() {
        return value("koogallery.test-calls.provision", Boolean.class, false);
    }

    public int legacyAesBits() {
        return value("koogallery.legacy.aes-bits", Integer.class, AES_BITS);
    }

    public String openApiEndpoint() {
        return value("koogallery.openapi.endpoint", String.class, OPENAPI_ENDPOINT);
    }

    /** The fallback endpoint; blank or {@code none} for none. */
    public String openApiFallbackEndpoint() {
        return value("koogallery.openapi.fallback-endpoint", String.class, OPENAPI_FALLBACK);
    }

    public Optional<String> openApiAk() {
        return text("koogallery.openapi.ak");
    }

    public Optional<String> openApiSk() {
        return text("koogallery.openapi.sk");
    }

    public int openApiRetries() {
        return Math.max(0, value("koogallery.openapi.retries", Integer.class, OPENAPI_RETRIES));
    }

    public int usageBatchSize() {
        return value("koogallery.usage.batch-size", Integer.class, USAGE_BATCH_SIZE);
    }

    public Duration usageLease() {
        return value("koogallery.usage.lease", Duration.class, USAGE_LEASE);
    }

    /** Attempts of a kind of work ({@code provisioning}, {@code order-fetch}, …) before it is given up. */
    public int maxAttempts(String kind) {
        int general = value("koogallery.jobs.max-attempts", Integer.class, JOB_MAX_ATTEMPTS);
        return Math.max(1, value("koogallery.work." + kind + ".max-attempts", Integer.class, general));
    }

    public Duration firstBackOff(String kind) {
        return value("koogallery.work." + kind + ".first-back-off", Duration.class, FIRST_BACK_OFF);
    }

    public boolean licenseFingerprintRequired() {
        return value("koogallery.license.fingerprint-required", Boolean.class, true);
    }

    public Optional<String> kitPrivateKey() {
        return text("koogallery.kit.private-key");
    }

    public Optional<String> apiTokens() {
        return text("koogallery.api.tokens");
    }

    public Optional<String> adminUsers() {
        return text("koogallery.admin.users");
    }

    /** The entries of {@code koogallery.admin.users} ({@code name:hash} pairs, {@code server-realm}), trimmed. */
    public List<String> adminUserEntries() {
        return entries(adminUsers());
    }

    /**
     * How long a console session lasts: idle ({@code koogallery.console.session-timeout}, default 30 minutes), and at
     * most, however busy ({@code koogallery.console.session-limit}, default 8 hours).
     */
    public ConsoleSessions.Limits consoleSessionLimits() {
        return new ConsoleSessions.Limits(
                value("koogallery.console.session-timeout", Duration.class, CONSOLE_SESSION_TIMEOUT),
                value("koogallery.console.session-limit", Duration.class, CONSOLE_SESSION_LIMIT));
    }

    public String ssoLoginPage() {
        return value("koogallery.sso.login-page", String.class, SSO_LOGIN_PAGE);
    }

    public Optional<String> ssoAppId() {
        return text("koogallery.sso.app-id");
    }

    public Optional<String> ssoAppUrl() {
        return text("koogallery.sso.app-url");
    }

    /** {@code appId=url,…}, one hand-off address per joint-operation product. */
    public Optional<String> ssoAppUrls() {
        return text("koogallery.sso.app-urls");
    }

    /** How often the growing tables are trimmed (one node at a time). */
    public Duration retentionEvery() {
        return value("koogallery.retention.every", Duration.class, RETENTION_EVERY);
    }

    /** How long the rows of a retention rule are kept ({@code koogallery.retention.callbacks}, …). */
    public Duration retention(String name, Duration fallback) {
        return value(name, Duration.class, fallback);
    }

    /**
     * Hosts whose identity provider is called although it is plain {@code http} or not on a public address (a
     * local test identity provider); none by default.
     */
    public Set<String> ssoTrustedIdpHosts() {
        return commaList("koogallery.sso.trusted-idp-hosts").stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The audience ({@code aud}) of the hand-off tokens; by default the origin of the application's address. */
    public Optional<String> ssoAudience() {
        return text("koogallery.sso.audience");
    }

    /**
     * The connector's own public address (for example {@code https://connector.example.com}), from which the
     * addresses it gives away are built (the CAS {@code service}); never taken from a request's {@code Host}.
     */
    public Optional<String> publicUrl() {
        return text("koogallery.public-url").map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    public Optional<String> ssoSigningKey() {
        return text("koogallery.sso.signing-key");
    }

    public Optional<String> licenseSigningKey() {
        return text("koogallery.license.signing-key");
    }

    /** Where alerts are POSTed; none (no alert is raised at all) by default. */
    public Optional<String> alertWebhookUrl() {
        return text("koogallery.alerts.webhook-url");
    }

    /** The HMAC key of the alerts' {@code X-KooGallery-Signature}. */
    public Optional<String> alertWebhookSecret() {
        return text("koogallery.alerts.webhook-secret");
    }

    /** How long one delivery of an alert waits for the hook's answer. */
    public Duration alertWebhookTimeout() {
        return value("koogallery.alerts.webhook-timeout", Duration.class, ALERT_WEBHOOK_TIMEOUT);
    }

    /** The period of alerts: at most one alert per cause in each (periods start at whole multiples since the epoch). */
    public Duration alertPeriod() {
        Duration period = value("koogallery.alerts.period", Duration.class, ALERT_PERIOD);
        return period.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : period;
    }

    /** How many verification failures within one alert period make a burst. */
    public int alertVerificationBurst() {
        return Math.max(1, value("koogallery.alerts.verification-burst", Integer.class, ALERT_VERIFICATION_BURST));
    }

    /** How long every open-API attempt must have found the marketplace unreachable before an alert says so. */
    public Duration alertUnreachableAfter() {
        return value("koogallery.alerts.unreachable-after", Duration.class, ALERT_UNREACHABLE_AFTER);
    }
}

package org.kgconnector.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.crypto.PasswordHash;
import org.kgconnector.testsupport.BasicAuth;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.LedgerBacklog;
import org.kgconnector.testsupport.Marketplace;
import org.kgconnector.testsupport.MarketplaceDouble;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real EAR on a fresh server, deployed by that server's script exactly as the README's commands do: Payara
 * Server ({@code scripts/payara-domain.sh}) on embedded H2 or on PostgreSQL, WildFly
 * ({@code scripts/wildfly-server.sh}) and Open Liberty ({@code scripts/liberty-server.sh}) on PostgreSQL. Started
 * before a test class, stopped after it.
 */
public final class ConnectorServer implements BeforeAllCallback, AfterAllCallback {

    /** The application servers the EAR deploys on, each with its script and its home from the build. */
    enum AppServer {
        PAYARA("payara-domain.sh", "connector.payara.home"),
        WILDFLY("wildfly-server.sh", "connector.wildfly.home"),
        LIBERTY("liberty-server.sh", "connector.liberty.home");

        private final String script;
        private final String home;

        AppServer(String script, String home) {
            this.script = script;
            this.home = home;
        }

        String script() {
            return Path.of(System.getProperty("connector.scripts"), script).toString();
        }

        String home() {
            return System.getProperty(home);
        }

        /** MicroProfile Health: on the HTTP port, but WildFly's on its management port (9990, moved as HTTP is). */
        URI health(int portBase) {
            int port = this == WILDFLY ? 9990 + (portBase + 80 - 8080) : portBase + 80;
            return URI.create("http://127.0.0.1:" + port + "/health");
        }
    }

    /** The operator of the admin API on the test servers. */
    public static final String ADMIN_USER = "operator";
    public static final String ADMIN_PASSWORD = "operator-secret";
    /** An operator of the server's own realm (made by the server's script), admitted by the entry server-realm. */
    public static final String REALM_OPERATOR = "realm-operator";
    public static final String REALM_PASSWORD = "Realm-0perator-secret!";
    /** A second admin user, whose sign-ins the throttling test spends. */
    public static final String AUDITOR = "auditor";
    public static final String AUDITOR_PASSWORD = "auditor-secret";

    /** The {@code Authorization} header of the operator. */
    public static String asOperator() {
        return BasicAuth.header(ADMIN_USER, ADMIN_PASSWORD);
    }

    /** The joint-operation app of the test servers and where its users are handed to. */
    public static final String SSO_APP_ID = "kg-app";
    public static final String SSO_APP_URL = "https://app.example.com/welcome";
    /** A second joint-operation product served by the same connector, with its own hand-off address. */
    public static final String SSO_OTHER_APP_ID = "kg-other-app";
    public static final String SSO_OTHER_APP_URL = "https://other.example.com/start";

    private final AppServer appServer;
    private final String name;
    private final int portBase;
    /** The connector's public address as configured: the tests reach it at 127.0.0.1, so the two differ. */
    public static final String PUBLIC_URL = "https://connector.example.com";
    /** The one host whose identity provider may be plain http on a private address (the test double's). */
    public static final String TRUSTED_IDP_HOST = "127.0.0.1";
    /** The bearer token of the vendor API on the test servers. */
    public static final String API_TOKEN = "vendor-api-token-1";

    private Database database;
    private MarketplaceDouble marketplaceDouble;
    private AlertReceiver alertReceiver;
    private Map<String, String> datasource;

    private ConnectorServer(AppServer appServer, String name, int portBase) {
        this.appServer = appServer;
        this.name = name;
        this.portBase = portBase;
    }

    /** Whether this is the Open Liberty server (whose cold start is the slowest of the three). */
    public boolean onOpenLiberty() {
        return appServer == AppServer.LIBERTY;
    }

    /** Payara Server on the embedded H2 default. */
    public static ConnectorServer onH2() {
        return new ConnectorServer(AppServer.PAYARA, "kg-h2", 27000);
    }

    /** Payara Server on PostgreSQL. */
    public static ConnectorServer onPostgres() {
        return new ConnectorServer(AppServer.PAYARA, "kg-pg", 27200);
    }

    /** WildFly on PostgreSQL. */
    public static ConnectorServer onWildFly() {
        return new ConnectorServer(AppServer.WILDFLY, "kg-wildfly", 26400);
    }

    /** Open Liberty on PostgreSQL. */
    public static ConnectorServer onLiberty() {
        return new ConnectorServer(AppServer.LIBERTY, "kg-liberty", 26600);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + (portBase + 80) + "/");
    }

    /** The same server over https (the domain's self-signed certificate). */
    public URI httpsUri() {
        return URI.create("https://127.0.0.1:" + (portBase + 81) + "/");
    }

    public Database database() {
        return database;
    }

    /**
     * The server's log, where the connector's lines are written (Payara: the domain's {@code logs/server.log};
     * WildFly: {@code log/server.log}; Open Liberty: {@code logs/messages.log}); rotated files sit beside it.
     */
    public Path serverLog() {
        Path server = work().resolve("domains").resolve(name);
        return switch (appServer) {
            case PAYARA -> server.resolve("logs/server.log");
            case WILDFLY -> server.resolve("log/server.log");
            case LIBERTY -> server.resolve("servers/koogallery/logs/messages.log");
        };
    }

    /** The text of the server log and of the files it rotated to (read as UTF-8, oldest name first). */
    public String serverLogText() {
        Path log = serverLog();
        String base = log.getFileName().toString().replaceFirst("\\.log$", "");
        try (Stream<Path> files = Files.list(log.getParent())) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(base)).sorted().toList()) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database once every ledger row of the calls answered so far is committed. */
    public Database ledger() {
        LedgerBacklog.awaitWritten(baseUri(), ADMIN_USER, ADMIN_PASSWORD);
        return database;
    }

    /** The marketplace's open APIs, reached through the fallback endpoint (the main one is a closed port). */
    public MarketplaceDouble marketplaceDouble() {
        return marketplaceDouble;
    }

    /** The vendor's alert hook that the server's alerts go to. */
    public AlertReceiver alertReceiver() {
        return alertReceiver;
    }

    static Path work() {
        return Path.of(System.getProperty("connector.work", "target/system-test-work")).toAbsolutePath();
    }

    /** Nested test classes inherit the extension: only the top-level class starts and stops the server. */
    private static boolean nested(ExtensionContext context) {
        return context.getRequiredTestClass().getEnclosingClass() != null;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (nested(context)) {
            return;
        }
        Path work = work();
        if (!name.equals("kg-h2")) {
            database = PostgresForTests.freshDatabase();
            datasource = PostgresForTests.connectorDatasource();
        } else {
            Path h2 = work.resolve("h2");
            deleteTree(h2);
            String url = "jdbc:h2:" + h2.resolve("koogallery") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=2000";
            database = new Database(url, "koogallery", "koogallery");
            datasource = Map.of("KOOGALLERY_DATASOURCE_URL", url);
        }
        marketplaceDouble = new MarketplaceDouble(portBase + 90);
        alertReceiver = new AlertReceiver(portBase + 92);
        Path domains = work.resolve("domains");
        domainScript(work, "stop", domains);
        deleteTree(domains.resolve(name));
        Path ear = Path.of(System.getProperty("connector.ear"));
        // the one EAR file every server gets, named by its checksum in each server's log
        Files.writeString(work.resolve(name + ".log"), "deploying " + ear + " sha256=" + Hmac.digestHex(Files.readAllBytes(ear))
                + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        int exit = domainScript(work, "start", domains, ear.toString(), Integer.toString(portBase));
        if (exit != 0) {
            throw new IllegalStateException("the connector could not be deployed on " + name + " (exit " + exit
                    + "); see " + work.resolve(name + ".log"));
        }
        awaitHealthy(appServer.health(portBase), name);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (nested(context)) {
            return;
        }
        Path work = work();
        domainScript(work, "stop", work.resolve("domains"));
        marketplaceDouble.close();
        alertReceiver.close();
    }

    private int domainScript(Path work, String command, Path domains, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("bash", appServer.script(), command, appServer.home(),
                domains.toString(), name));
        args.addAll(List.of(more));
        Files.createDirectories(work);
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
        configure(builder.environment(), portBase, datasource);
        alertHook(builder.environment(), alertReceiver);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /**
     * The connector's configuration on a test server (or cluster) whose ports start at {@code portBase}: keys,
     * SSO, admin user, provisioning, the marketplace double (reached through the fallback endpoint: the main one is
     * a closed port) and the database.
     */
    static void configure(Map<String, String> env, int portBase, Map<String, String> datasource) {
        env.put("KOOGALLERY_KEYS_BASE", Marketplace.KEY + "," + Marketplace.ROTATED_KEY);
        env.put("KOOGALLERY_KEYS_LEGACY", Marketplace.LEGACY_KEY);
        env.put("KOOGALLERY_KEYS_KIT", Marketplace.KIT_KEY);
        env.put("KOOGALLERY_KEYS_LICENSE_CODE", Marketplace.LICENSE_CODE_KEY);
        env.put("KOOGALLERY_OPENAPI_ENDPOINT", "http://127.0.0.1:" + (portBase + 91));
        env.put("KOOGALLERY_OPENAPI_FALLBACK_ENDPOINT", "http://127.0.0.1:" + (portBase + 90));
        env.put("KOOGALLERY_OPENAPI_AK", MarketplaceDouble.AK);
        env.put("KOOGALLERY_OPENAPI_SK", MarketplaceDouble.SK);
        env.put("KOOGALLERY_API_TOKENS", API_TOKEN);
        env.put("KOOGALLERY_SSO_APP_ID", SSO_APP_ID);
        env.put("KOOGALLERY_SSO_APP_URL", SSO_APP_URL);
        env.put("KOOGALLERY_SSO_APP_URLS", SSO_OTHER_APP_ID + "=" + SSO_OTHER_APP_URL);
        // the identity-provider double: plain http on loopback, allowed for this host name only
        env.put("KOOGALLERY_SSO_TRUSTED_IDP_HOSTS", TRUSTED_IDP_HOST);
        env.put("KOOGALLERY_PUBLIC_URL", PUBLIC_URL);
        // retention every few seconds, so that a test sees its old rows go
        env.put("KOOGALLERY_RETENTION_EVERY", "PT5S");
        env.put("KOOGALLERY_KIT_PRIVATE_KEY", KitKeys.privateKeyPem());
        env.put("KOOGALLERY_ADMIN_USERS", ADMIN_USER + ":" + PasswordHash.of(ADMIN_PASSWORD) + "," + AUDITOR + ":"
                + PasswordHash.of(AUDITOR_PASSWORD) + ",server-realm");
        env.put("KOOGALLERY_REALM_OPERATOR", REALM_OPERATOR + ":" + REALM_PASSWORD);
        env.put("KOOGALLERY_PROVISIONING_FRONT_END_URL", "https://app.example.com/{instanceId}");
        env.put("KOOGALLERY_PROVISIONING_MEMO", "登录后请修改密码");
        env.putAll(datasource);
    }

    /**
     * The alert hook of a test server: the receiver, a period of a day (so that a test's alerts seldom straddle two),
     * a burst of {@value #VERIFICATION_BURST} verification failures, a marketplace unreachable for 3 s.
     */
    static void alertHook(Map<String, String> env, AlertReceiver receiver) {
        if (receiver == null) {
            return;
        }
        env.put("KOOGALLERY_ALERTS_WEBHOOK_URL", receiver.url().toString());
        env.put("KOOGALLERY_ALERTS_WEBHOOK_SECRET", AlertReceiver.SECRET);
        env.put("KOOGALLERY_ALERTS_PERIOD", ALERT_PERIOD.toString());
        env.put("KOOGALLERY_ALERTS_VERIFICATION_BURST", Integer.toString(VERIFICATION_BURST));
        env.put("KOOGALLERY_ALERTS_UNREACHABLE_AFTER", "PT3S");
    }

    /** The alert period and burst of the test servers. */
    public static final Duration ALERT_PERIOD = Duration.ofDays(1);
    public static final int VERIFICATION_BURST = 5;

    /** Waits, at most 90 s, until {@code healthUri} answers 200 (UP). */
    static void awaitHealthy(URI healthUri, String name) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpRequest health = HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not report healthy within 90 s");
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

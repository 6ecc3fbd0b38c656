package org.kgconnector.systemtest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.LedgerBacklog;
import org.kgconnector.testsupport.MarketplaceDouble;

/**
 * The real EAR on a two-instance Payara Server cluster (deployment group {@code kg-group}, instances {@code kg-a}
 * and {@code kg-b}) sharing one PostgreSQL database, set up from nothing by {@code scripts/cluster.sh} as the
 * README tells a vendor to, behind nginx ({@link LoadBalancer}). Started before the test class, stopped after it.
 */
public final class ConnectorCluster implements BeforeAllCallback, AfterAllCallback {

    static final String DOMAIN = "kg-cluster";
    static final int PORT_BASE = 27400;
    /** How long a node's claim on usage records lasts here: a killed node's records go on after this. */
    public static final String USAGE_LEASE = "PT20S";

    private Database database;
    private MarketplaceDouble marketplaceDouble;
    private LoadBalancer balancer;

    /**
     * nginx in front of both instances, round robin (HTTP {@code PORT_BASE+70}; +80 is the DAS's), started on first use: a test that
     * needs it is skipped where nginx is not installed (and fails on CI), the others still run.
     */
    public synchronized URI balancer() throws Exception {
        if (balancer == null) {
            balancer = LoadBalancer.start(ConnectorServer.work().resolve("nginx"), PORT_BASE + 70,
                    List.of(nodeA(), nodeB()));
        }
        return balancer.uri();
    }

    public URI nodeA() {
        return URI.create("http://127.0.0.1:" + (PORT_BASE + 180) + "/");
    }

    public URI nodeB() {
        return URI.create("http://127.0.0.1:" + (PORT_BASE + 280) + "/");
    }

    public Database database() {
        return database;
    }

    /** The database once both nodes have committed every ledger row of the calls they answered so far. */
    public Database ledger() {
        LedgerBacklog.awaitWritten(nodeA(), ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD);
        LedgerBacklog.awaitWritten(nodeB(), ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD);
        return database;
    }

    public MarketplaceDouble marketplaceDouble() {
        return marketplaceDouble;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = PostgresForTests.freshDatabase();
        marketplaceDouble = new MarketplaceDouble(PORT_BASE + 90);
        Path work = ConnectorServer.work();
        script("stop");
        ConnectorServer.deleteTree(work.resolve("domains").resolve(DOMAIN));
        ConnectorServer.deleteTree(Path.of(System.getProperty("connector.payara.home"), "glassfish", "nodes",
                "localhost-" + DOMAIN));
        int exit = script("start", System.getProperty("connector.ear"), Integer.toString(PORT_BASE));
        if (exit != 0) {
            throw new IllegalStateException("the cluster could not be set up (exit " + exit + "); see "
                    + work.resolve(DOMAIN + ".log"));
        }
        ConnectorServer.awaitHealthy(nodeA().resolve("/health"), "kg-a");
        ConnectorServer.awaitHealthy(nodeB().resolve("/health"), "kg-b");
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        script("stop");
        marketplaceDouble.close();
    }

    /** {@code kill -9} of one instance, as a crash would. */
    public void kill(String instance) throws Exception {
        if (script("kill", instance) != 0) {
            throw new IllegalStateException("could not kill " + instance);
        }
    }

    private int script(String command, String... more) throws Exception {
        Path work = ConnectorServer.work();
        Files.createDirectories(work);
        List<String> args = new ArrayList<>(List.of("bash", System.getProperty("connector.cluster.script"), command,
                System.getProperty("connector.payara.home"), work.resolve("domains").toString(), DOMAIN));
        args.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(DOMAIN + ".log").toFile()));
        ConnectorServer.configure(builder.environment(), PORT_BASE, PostgresForTests.connectorDatasource());
        builder.environment().put("KOOGALLERY_USAGE_LEASE", USAGE_LEASE);
        builder.environment().put("KOOGALLERY_SECRETS_KEY", "cluster-test-secrets-key-material-0001");
        Process process = builder.start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}

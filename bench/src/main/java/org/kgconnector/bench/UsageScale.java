package org.kgconnector.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kgconnector.testsupport.MarketplaceDouble;

/**
 * The usage cycle at scale against running connector nodes that share a PostgreSQL database: seeds N pay-per-use
 * instances straight into the database, ingests N × H hourly events through {@code POST /koogallery/api/usage}
 * (1000 per request, C clients, spread over the nodes), then times the closing and the push of the N × H records
 * to a marketplace double started here (the nodes' open-API endpoint must point at it, with {@code base} key
 * {@code testAccessKey123}). Checks that every record reached the double once with its value.
 *
 * <pre>mvn -q -pl bench exec:java -Dbench.main=org.kgconnector.bench.UsageScale -Dexec.args="http://127.0.0.1:8080
 *   jdbc:postgresql://127.0.0.1:5432/kg kg kg 27990 100000 10 4 api-token"</pre>
 */
public final class UsageScale {

    private static final int PER_REQUEST = 1000;

    private UsageScale() {
    }

    public static void main(String[] args) throws Exception {
        List<URI> nodes = java.util.Arrays.stream(args[0].split(",")).map(URI::create).toList();
        String url = args[1];
        int doublePort = Integer.parseInt(args[4]);
        int instances = Integer.parseInt(args[5]);
        int hours = Integer.parseInt(args[6]);
        int clients = Integer.parseInt(args[7]);
        String token = args[8];
        for (URI node : nodes) {
            if (!node.getHost().equals("127.0.0.1") && !node.getHost().equals("localhost")) {
                throw new IllegalArgumentException("UsageScale only targets this machine");
            }
        }
        try (MarketplaceDouble marketplace = new MarketplaceDouble(doublePort);
             Connection db = DriverManager.getConnection(url, args[2], args[3])) {
            String prefix = "S" + Long.toString(System.currentTimeMillis(), 36);
            long seeded = time(() -> seed(db, prefix, instances));
            System.out.printf("seeded %,d instances in %.1f s%n", instances, seeded / 1000.0);

            Instant ingestStart = Instant.now();
            ingest(nodes, token, prefix, instances, hours, clients);
            Duration ingestion = Duration.between(ingestStart, Instant.now());
            long events = (long) instances * hours;
            System.out.printf("ingested %,d events in %.1f s: %,.0f events/s (%d clients, %d per request, %d node(s))%n",
                    events, ingestion.toMillis() / 1000.0, events * 1000.0 / ingestion.toMillis(), clients, PER_REQUEST,
                    nodes.size());

            Instant cycleStart = Instant.now();
            Instant closed = null;
            while (true) {
                long records = count(db, "SELECT COUNT(*) FROM usage_record WHERE instance_id LIKE '" + prefix + "%'");
                long done = count(db, "SELECT COUNT(*) FROM usage_record WHERE state = 'DONE' AND instance_id LIKE '"
                        + prefix + "%'");
                if (closed == null && records == events) {
                    closed = Instant.now();
                }
                if (done == events) {
                    break;
                }
                Thread.sleep(2000);
            }
            Instant pushed = Instant.now();
            System.out.printf("closed %,d hourly records in %.1f s; all pushed after %.1f s (%d push calls)%n", events,
                    Duration.between(cycleStart, closed).toMillis() / 1000.0,
                    Duration.between(cycleStart, pushed).toMillis() / 1000.0, marketplace.usageCalls());
            Map<String, List<String>> received = marketplace.usageBySn();
            long twice = received.values().stream().filter(v -> v.size() > 1).count();
            long differing = received.values().stream().filter(v -> v.stream().distinct().count() > 1).count();
            System.out.printf("the double received %,d distinct metering_sn (%,d more than once, %,d with differing values)%n",
                    received.size(), twice, differing);
        }
    }

    private static void seed(Connection db, String prefix, int instances) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO saas_instance (instance_id, order_id,"
                + " order_line_id, business_id, protocol_version, test_call, lifecycle, provisioning, created_at, updated_at,"
                + " row_version) VALUES (?, ?, ?, ?, 'V2', FALSE, 'ACTIVE', 'DONE', ?, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < instances; i++) {
                String id = prefix + "-" + i;
                insert.setString(1, id);
                insert.setString(2, id);
                insert.setString(3, id + "-000001");
                insert.setString(4, id);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static void ingest(List<URI> nodes, String token, String prefix, int instances, int hours, int clients)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant top = Instant.now().truncatedTo(ChronoUnit.HOURS);
        long total = (long) instances * hours;
        int requests = (int) ((total + PER_REQUEST - 1) / PER_REQUEST);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Object>> workers = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int r = next.getAndIncrement(); r < requests; r = next.getAndIncrement()) {
                        StringJoiner events = new StringJoiner(",", "{\"events\":[", "]}");
                        for (long e = (long) r * PER_REQUEST; e < Math.min(total, (long) (r + 1) * PER_REQUEST); e++) {
                            int instance = (int) (e / hours);
                            int hour = (int) (e % hours) + 2;
                            events.add("{\"id\":\"" + prefix + "-" + e + "\",\"instanceId\":\"" + prefix + "-" + instance
                                    + "\",\"quantity\":" + (1 + e % 5) + ",\"time\":\""
                                    + top.minus(hour, ChronoUnit.HOURS).plusSeconds(e % 3600) + "\"}");
                        }
                        URI node = nodes.get(r % nodes.size());
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(node.resolve("/koogallery/api/usage"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(events.toString())).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200 || !answer.body().contains("\"rejected\":[]")) {
                            throw new IllegalStateException("ingestion refused: " + answer.statusCode() + " "
                                    + answer.body().substring(0, Math.min(300, answer.body().length())));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Object> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long time(ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}

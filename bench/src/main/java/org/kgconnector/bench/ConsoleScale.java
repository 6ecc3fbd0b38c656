package org.kgconnector.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The console's lists at real volumes: seeds a connector's database (once; a second run finds the rows) with
 * {@code instances} SaaS instances with their orders and {@code ledger} inbound-ledger rows spread over 90 days
 * (mostly verified SaaS calls, some Kit, login steps, refusals of every kind), then asks every page and filter of
 * the admin API behind the console {@code rounds} times and prints the median, p95 and slowest answer of each.
 *
 * <pre>mvn -q -pl bench exec:java -Dbench.main=org.kgconnector.bench.ConsoleScale -Dexec.args="http://127.0.0.1:8080
 *   jdbc:postgresql://127.0.0.1:5432/kgbench kg kg operator secret 1000000 100000 20"</pre>
 */
public final class ConsoleScale {

    private static final String PREFIX = "CS";
    private static final String[] SAAS_ACTIVITIES = {"newInstance", "refreshInstance", "updateInstanceStatus",
        "queryInstance", "releaseInstance", "orderNotify"};
    private static final String[] KIT_ADDRESSES = {"/saas/produceAPI/v2/tenantSync", "/saas/produceAPI/v2/authSync",
        "/saas/produceAPI/v2/singleOrgSync"};
    private static final String[] REFUSALS = {"SIGNATURE_MISMATCH", "TIMESTAMP_OUTSIDE_WINDOW", "NONCE_REPLAYED",
        "SIGNATURE_MISSING"};

    private ConsoleScale() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int ledger = Integer.parseInt(args[6]);
        int instances = Integer.parseInt(args[7]);
        int rounds = Integer.parseInt(args[8]);
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            seedInstances(db, instances);
            seedLedger(db, ledger, instances);
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[4] + ":" + args[5])
                .getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String someInstance = PREFIX + "-" + (instances / 2);
        String thirtyDaysAgo = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
        String anHourLater = Instant.parse(thirtyDaysAgo).plus(1, ChronoUnit.HOURS).toString();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview (24 h)", "overview");
        pages.put("instances, first page", "instances");
        pages.put("instances, a later page", "instances?after=" + Instant.now().minus(45, ChronoUnit.DAYS) + "~" + PREFIX);
        pages.put("instance by id", "instances?q=" + someInstance);
        pages.put("instance by order id", "instances?q=" + someInstance);
        pages.put("instance by customer", "instances?q=customer-" + (instances / 2));
        pages.put("an instance's timeline", "instances/" + someInstance);
        pages.put("callbacks, first page", "callbacks");
        pages.put("callbacks, page below id 500000", "callbacks?after=" + (ledger / 2));
        pages.put("callbacks of family kit", "callbacks?family=kit");
        pages.put("callbacks of family sso", "callbacks?family=sso");
        pages.put("callbacks with result 000001", "callbacks?resultCode=000001");
        pages.put("callbacks refused NONCE_REPLAYED", "callbacks?verification=NONCE_REPLAYED");
        pages.put("callbacks of activity releaseInstance", "callbacks?activity=releaseInstance");
        pages.put("callbacks of one hour 30 days ago", "callbacks?from=" + thirtyDaysAgo + "&to=" + anHourLater);
        pages.put("callbacks of one instance", "callbacks?instanceId=" + someInstance);
        pages.put("callbacks, kit refused in one hour", "callbacks?family=kit&resultCode=000001&from=" + thirtyDaysAgo
                + "&to=" + anHourLater);
        pages.put("callbacks, NONCE_REPLAYED in 30 days", "callbacks?verification=NONCE_REPLAYED&from="
                + thirtyDaysAgo);
        pages.put("callbacks, 000001 of 60 days up to 30 ago", "callbacks?resultCode=000001&from="
                + Instant.parse(thirtyDaysAgo).minus(30, ChronoUnit.DAYS) + "&to=" + thirtyDaysAgo);
        pages.put("callback by reference", "callbacks?ref=" + ref(ledger / 3));
        pages.put("provisioning jobs given up", "jobs?state=FAILED");
        pages.put("outbound jobs given up", "outbound-jobs?state=FAILED");
        pages.put("usage dead letters", "usage-records?state=FAILED");
        pages.put("open-API calls", "outbound-calls");
        pages.put("tenants", "tenants");
        pages.put("license codes", "license-codes");
        pages.put("online-License grants", "license-grants");
        System.out.printf("%-42s %8s %8s %8s  %s%n", "page (50 rows)", "median", "p95", "slowest", "rows");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            measure(http, base.resolve("/koogallery/admin/" + page.getValue()), auth, page.getKey(), rounds);
        }
    }

    private static void measure(HttpClient http, URI uri, String auth, String name, int rounds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30)).build();
        List<Long> times = new ArrayList<>();
        int rows = -1;
        for (int i = 0; i < rounds + 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1000;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
            }
            if (i >= 3) {
                times.add(micros);
            }
            rows = answer.body().startsWith("[")
                    ? Json.createReader(new StringReader(answer.body())).readArray().size() : 1;
        }
        times.sort(null);
        System.out.printf("%-42s %6.1f ms %6.1f ms %6.1f ms  %d%n", name, times.get(times.size() / 2) / 1000.0,
                times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1000.0, times.get(times.size() - 1) / 1000.0, rows);
    }

    /** The ledger reference of seeded row {@code n}. */
    private static String ref(int n) {
        return String.format("bench%011d", n);
    }

    private static boolean seeded(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() && r.getLong(1) > 0;
        }
    }

    private static void seedInstances(Connection db, int instances) throws Exception {
        if (seeded(db, "SELECT COUNT(*) FROM saas_instance WHERE instance_id = '" + PREFIX + "-0'")) {
            return;
        }
        long start = System.nanoTime();
        db.setAutoCommit(false);
        Instant now = Instant.now();
        try (PreparedStatement instance = db.prepareStatement("INSERT INTO saas_instance (instance_id, order_id,"
                + " order_line_id, business_id, protocol_version, test_call, lifecycle, provisioning, created_at,"
                + " updated_at, row_version) VALUES (?, ?, ?, ?, 'V2', FALSE, 'ACTIVE', 'DONE', ?, ?, 0)");
             PreparedStatement order = db.prepareStatement("INSERT INTO marketplace_order (order_id, order_line_id,"
                     + " charging_mode, customer_id, customer_name, fetched_at) VALUES (?, ?, 'PERIOD', ?, ?, ?)")) {
            for (int i = 0; i < instances; i++) {
                String id = PREFIX + "-" + i;
                Timestamp created = Timestamp.from(now.minusSeconds((long) (instances - i) * 90 * 86400 / instances));
                instance.setString(1, id);
                instance.setString(2, id);
                instance.setString(3, id + "-000001");
                instance.setString(4, id);
                instance.setTimestamp(5, created);
                instance.setTimestamp(6, created);
                instance.addBatch();
                order.setString(1, id);
                order.setString(2, id + "-000001");
                order.setString(3, "customer-" + i);
                order.setString(4, "Customer " + i);
                order.setTimestamp(5, created);
                order.addBatch();
                if (i % 1000 == 999) {
                    instance.executeBatch();
                    order.executeBatch();
                    db.commit();
                }
            }
            instance.executeBatch();
            order.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        System.out.printf("seeded %,d instances with their orders in %.1f s%n", instances,
                (System.nanoTime() - start) / 1e9);
    }

    private static void seedLedger(Connection db, int rows, int instances) throws Exception {
        if (seeded(db, "SELECT COUNT(*) FROM inbound_callback WHERE ref = '" + ref(0) + "'")) {
            return;
        }
        long start = System.nanoTime();
        Random random = new Random(42);
        db.setAutoCommit(false);
        Instant now = Instant.now();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO inbound_callback (ref, received_at, duration_ms,"
                + " http_method, address, activity, verification, request_body, body_bytes, result_code, answer_body,"
                + " instance_id, test_call, node) VALUES (?, ?, ?, 'POST', ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'bench')")) {
            for (int i = 0; i < rows; i++) {
                int kind = random.nextInt(100);
                String instance = PREFIX + "-" + random.nextInt(instances);
                String address = kind < 80 ? "/saas" : kind < 92 ? KIT_ADDRESSES[kind % KIT_ADDRESSES.length]
                        : kind < 95 ? "/sso/login" : "/saas";
                String verification = kind < 95 ? "VERIFIED" : kind < 97 ? "NOT_SIGNED" : REFUSALS[kind % REFUSALS.length];
                String result = kind < 95 ? (random.nextInt(50) == 0 ? "000001" : "000000") : "000001";
                String activity = address.equals("/saas") ? SAAS_ACTIVITIES[random.nextInt(SAAS_ACTIVITIES.length)]
                        : address.substring(address.lastIndexOf('/') + 1);
                if (address.startsWith("/sso")) {
                    verification = "NOT_SIGNED";
                }
                String body = "{\"activity\":\"" + activity + "\",\"instanceId\":\"" + instance + "\"}";
                insert.setString(1, ref(i));
                insert.setTimestamp(2, Timestamp.from(now.minusSeconds((long) (rows - i) * 90 * 86400 / rows)));
                insert.setLong(3, 5 + random.nextInt(200));
                insert.setString(4, address);
                insert.setString(5, activity);
                insert.setString(6, verification);
                insert.setString(7, body);
                insert.setInt(8, body.length());
                insert.setString(9, result);
                insert.setString(10, "{\"resultCode\":\"" + result + "\",\"resultMsg\":\"ok\"}");
                insert.setString(11, address.startsWith("/saas") && kind < 80 ? instance : null);
                insert.addBatch();
                if (i % 2000 == 1999) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        System.out.printf("seeded %,d ledger rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
    }
}

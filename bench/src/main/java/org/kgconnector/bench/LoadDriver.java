package org.kgconnector.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.kgconnector.protocol.signature.HexBodySignature;

/**
 * Drives the running connector with a fixed number of clients for a fixed time and prints throughput and
 * latency percentiles. Mode {@code newInstance} sends signed creates of new order lines (each one a new
 * instance and provisioning job); mode {@code health} sends {@code GET /health} as the trivial comparison; mode
 * {@code stalledCreate} sends the same creates while the connector's open-API endpoint is a {@link Tarpit} this
 * driver opens on the port given as the seventh argument (the order can never be fetched, so every create waits
 * out its budget and answers {@code 000004}): it shows whether every answer still comes within the 5 s.
 *
 * <pre>mvn -q -pl bench exec:java -Dexec.args="newInstance http://127.0.0.1:8080 testAccessKey123 32 30 10"</pre>
 * arguments: mode, server, key, clients, measured seconds, warm-up seconds [, tarpit port]. Bounded in count and
 * time; loopback only.
 */
public final class LoadDriver {

    private static final long MAX_REQUESTS_PER_CLIENT = 2_000_000;

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "newInstance";
        URI server = URI.create(args.length > 1 ? args[1] : "http://127.0.0.1:8080");
        String key = args.length > 2 ? args[2] : "testAccessKey123";
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        if (!server.getHost().equals("127.0.0.1") && !server.getHost().equals("localhost")) {
            throw new IllegalArgumentException("the load driver only targets this machine (127.0.0.1 or localhost)");
        }
        System.out.printf("mode=%s clients=%d warm-up=%ds measured=%ds%n", mode, clients, warmUp, seconds);
        Tarpit tarpit = args.length > 6 ? Tarpit.open(Integer.parseInt(args[6]), Duration.ofSeconds(warmUp + seconds + 60))
                : null;
        try {
            run(mode, server, key, clients, warmUp, false);
            Result result = run(mode, server, key, clients, seconds, true);
            System.out.println(result.report(seconds));
        } finally {
            if (tarpit != null) {
                tarpit.close();
            }
        }
    }

    private static Result run(String mode, URI server, String key, int clients, int seconds, boolean measured)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] samples = new long[(int) Math.min(MAX_REQUESTS_PER_CLIENT, 400_000)];
            latencies.add(samples);
            Client client = new Client(mode, server, key);
            Thread t = new Thread(() -> client.loop(end, samples, failures), "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return measured ? Result.of(latencies, failures.get()) : null;
    }

    /** One client: its own HTTP connection, requests back to back. */
    private static final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String mode;
        private final URI server;
        private final String key;
        int count;

        Client(String mode, URI server, String key) {
            this.mode = mode;
            this.server = server;
            this.key = key;
        }

        void loop(long end, long[] samples, AtomicLong failures) {
            while (System.nanoTime() < end && count < samples.length) {
                long start = System.nanoTime();
                boolean ok;
                try {
                    ok = send();
                } catch (Exception e) {
                    ok = false;
                }
                samples[count++] = System.nanoTime() - start;
                if (!ok) {
                    failures.incrementAndGet();
                }
            }
            if (count < samples.length) {
                samples[count] = -1;
            }
        }

        private boolean send() throws Exception {
            if (mode.equals("health")) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(server.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return r.statusCode() == 200;
            }
            String order = "BENCH" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            String body = "{\"activity\":\"newInstance\",\"businessId\":\"" + UUID.randomUUID() + "\",\"orderId\":\""
                    + order + "\",\"orderLineId\":\"" + order + "-000001\"}";
            String ts = Long.toString(System.currentTimeMillis());
            String nonce = UUID.randomUUID().toString().replace("-", "");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String signature = HexBodySignature.BASE.sign(key, nonce, ts, bytes);
            HttpRequest request = HttpRequest.newBuilder(server.resolve("/koogallery/saas?signature=" + signature
                            + "&timestamp=" + ts + "&nonce=" + nonce))
                    .header("Content-Type", "application/json;charset=utf8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean answered = r.body().contains("\"000000\"")
                    || mode.equals("stalledCreate") && r.body().contains("\"000004\"");
            return r.statusCode() == 200 && answered;
        }
    }

    /** Latency percentiles over every measured request. */
    private record Result(long[] sorted, long failures) {

        static Result of(List<long[]> perClient, long failures) {
            long total = 0;
            for (long[] samples : perClient) {
                for (long s : samples) {
                    if (s < 0) {
                        break;
                    }
                    if (s > 0) {
                        total++;
                    }
                }
            }
            long[] all = new long[(int) total];
            int i = 0;
            for (long[] samples : perClient) {
                for (long s : samples) {
                    if (s <= 0) {
                        break;
                    }
                    all[i++] = s;
                }
            }
            Arrays.sort(all);
            return new Result(all, failures);
        }

        String report(int seconds) {
            return String.format("requests=%d failures=%d throughput=%.0f req/s p50=%.1f ms p99=%.1f ms max=%.1f ms"
                            + " over-4s=%d over-5s=%d", sorted.length, failures, sorted.length / (double) seconds,
                    ms(0.50), ms(0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, over(4), over(5));
        }

        private long over(int seconds) {
            return Arrays.stream(sorted).filter(s -> s > seconds * 1_000_000_000L).count();
        }

        private double ms(double q) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
        }
    }
}

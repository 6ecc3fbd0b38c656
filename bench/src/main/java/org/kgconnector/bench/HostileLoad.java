package org.kgconnector.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kgconnector.protocol.signature.HexBodySignature;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Marketplace;

/**
 * What hostile traffic costs the running connector: rounds of concurrent forged Kit {@code allOrgSync} bodies of
 * about 15 MiB (valid timestamp and nonce, wrong signature: the most a stranger can make it read), each round
 * followed by one signed call, then a run of unsigned 1 MiB SaaS bodies. Prints the answer codes, the slowest
 * answers, and how many answers took over 5 s or were not HTTP 200; read the heap and the ledger yourself
 * ({@code jcmd <pid> GC.heap_info}, the ledger's row count and body lengths).
 *
 * <pre>mvn -q -pl bench exec:java -Dbench.main=org.kgconnector.bench.HostileLoad \
 *     -Dexec.args="http://127.0.0.1:28080 kitAccessKey321 testAccessKey123 8 5 1000"</pre>
 * arguments: server, Kit key, base key, concurrent large bodies, rounds, unsigned small bodies. Loopback only.
 */
public final class HostileLoad {

    private HostileLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args[0]);
        if (!server.getHost().equals("127.0.0.1") && !server.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only");
        }
        String kitKey = args[1];
        String baseKey = args[2];
        int concurrent = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        int unsigned = Integer.parseInt(args[5]);
        Marketplace marketplace = new Marketplace(server);
        byte[] huge = departments(15 << 20);
        Map<String, Integer> codes = new TreeMap<>();
        long slowestLarge = 0;
        long slowestSigned = 0;
        int over5s = 0;
        int not200 = 0;
        ExecutorService callers = Executors.newFixedThreadPool(concurrent);
        try {
            for (int round = 0; round < rounds; round++) {
                List<CompletableFuture<Timed>> calls = new ArrayList<>();
                for (int i = 0; i < concurrent; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> timed(() -> marketplace.callKit(
                            "koogallery/saas/produceAPI/v2/allOrgSync", huge, "forged-" + kitKey)), callers));
                }
                Timed signed = timed(() -> marketplace.call("koogallery/saas", "{\"activity\":\"queryInstance\","
                        + "\"instanceId\":\"none\",\"testFlag\":\"1\"}", baseKey, java.time.Instant.now(),
                        Marketplace.newNonce()));
                slowestSigned = Math.max(slowestSigned, signed.millis());
                over5s += signed.millis() > 5000 ? 1 : 0;
                not200 += signed.answer().status() == 200 ? 0 : 1;
                codes.merge("signed " + signed.answer().resultCode(), 1, Integer::sum);
                for (CompletableFuture<Timed> call : calls) {
                    Timed t = call.get();
                    slowestLarge = Math.max(slowestLarge, t.millis());
                    over5s += t.millis() > 5000 ? 1 : 0;
                    not200 += t.answer().status() == 200 ? 0 : 1;
                    codes.merge("forged 15 MiB " + t.answer().resultCode(), 1, Integer::sum);
                }
            }
        } finally {
            callers.shutdownNow();
        }
        byte[] small = ("{\"activity\":\"newInstance\",\"pad\":\"" + "x".repeat((1 << 20) - 64) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        long slowestUnsigned = 0;
        for (int i = 0; i < unsigned; i++) {
            String ts = Long.toString(System.currentTimeMillis());
            String nonce = Marketplace.newNonce();
            String wrong = HexBodySignature.BASE.sign("not-" + baseKey, nonce, ts, small);
            Timed t = timed(() -> marketplace.post("koogallery/saas", "signature=" + wrong + "&timestamp=" + ts + "&nonce="
                    + nonce, small));
            slowestUnsigned = Math.max(slowestUnsigned, t.millis());
            over5s += t.millis() > 5000 ? 1 : 0;
            not200 += t.answer().status() == 200 ? 0 : 1;
            codes.merge("forged 1 MiB " + t.answer().resultCode(), 1, Integer::sum);
        }
        System.out.printf("answers %s%nslowest: forged 15 MiB %d ms, signed call beside them %d ms, forged 1 MiB %d ms%n"
                + "over 5 s: %d, not HTTP 200: %d%n", codes, slowestLarge, slowestSigned, slowestUnsigned, over5s, not200);
    }

    private record Timed(Answer answer, long millis) {
    }

    private static Timed timed(java.util.function.Supplier<Answer> call) {
        long start = System.nanoTime();
        Answer answer = call.get();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static byte[] departments(int bytes) {
        StringBuilder json = new StringBuilder("{\"instanceId\":\"i1\",\"orgInfoList\":[");
        for (int i = 0; json.length() < bytes; i++) {
            json.append(i == 0 ? "" : ",").append("{\"orgCode\":\"").append(i).append("\",\"orgName\":\"d").append(i)
                    .append("\",\"parentCode\":\"").append(i / 10).append("\"}");
        }
        return json.append("],\"tenantId\":\"hostile\",\"testFlag\":0,\"timeStamp\":\"20220413093539534\"}")
                .toString().getBytes(StandardCharsets.UTF_8);
    }
}

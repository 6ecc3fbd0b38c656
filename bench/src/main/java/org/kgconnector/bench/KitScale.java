package org.kgconnector.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.StringJoiner;
import java.util.UUID;
import org.kgconnector.protocol.signature.HexBodySignature;

/**
 * Times the two large Kit syncs against the running connector: an {@code allOrgSync} of N departments (a tree
 * of ten levels) and an {@code authSync} of M users, each sent R times for a fresh tenant, signed with the
 * {@code kit} key. Prints the median and the slowest answer time.
 *
 * <pre>mvn -q -pl bench exec:java -Dbench.main=org.kgconnector.bench.KitScale -Dexec.args="http://127.0.0.1:8080 kitKey 10000 500 5"</pre>
 */
public final class KitScale {

    private KitScale() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        if (!server.getHost().equals("127.0.0.1") && !server.getHost().equals("localhost")) {
            throw new IllegalArgumentException("KitScale only targets this machine");
        }
        String key = args.length > 1 ? args[1] : "kitKey";
        int departments = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        HttpClient http = HttpClient.newHttpClient();
        long[] orgMillis = new long[rounds];
        long[] userMillis = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            String tenant = "SCALE" + UUID.randomUUID().toString().substring(0, 8);
            orgMillis[r] = send(http, server, key, "allOrgSync", allOrgs(tenant, departments));
            userMillis[r] = send(http, server, key, "authSync", authUsers(tenant, users));
        }
        System.out.println("allOrgSync of " + departments + " departments: " + summary(orgMillis));
        System.out.println("authSync of " + users + " users: " + summary(userMillis));
    }

    private static String allOrgs(String tenant, int n) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (int i = 0; i < n; i++) {
            String parent = i < 10 ? "" : "D" + (i / 10);
            list.add("{\"orgCode\":\"D" + i + "\",\"orgName\":\"Department " + i + "\",\"parentCode\":\"" + parent + "\"}");
        }
        return "{\"instanceId\":\"i\",\"orgInfoList\":" + list + ",\"tenantId\":\"" + tenant
                + "\",\"testFlag\":0,\"timeStamp\":\"20260101000000000\"}";
    }

    private static String authUsers(String tenant, int n) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (int i = 0; i < n; i++) {
            list.add("{\"userName\":\"user" + i + "\",\"name\":\"User " + i + "\",\"orgCode\":\"D" + (i % 100)
                    + "\",\"role\":\"user\",\"enable\":\"true\",\"email\":\"user" + i + "@example.com\"}");
        }
        return "{\"appId\":\"app\",\"currentSyncTime\":\"20260101000000000\",\"flag\":1,\"instanceId\":\"i\",\"tenantId\":\""
                + tenant + "\",\"testFlag\":0,\"timeStamp\":\"20260101000000000\",\"userList\":" + list + "}";
    }

    private static long send(HttpClient http, URI server, String key, String sync, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/koogallery/saas/produceAPI/v2/" + sync))
                .header("Content-Type", "application/json").header("x-timestamp", ts).header("x-nonce", nonce)
                .header("x-sign", HexBodySignature.KIT.sign(key, nonce, ts, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!answer.body().contains("\"000000\"")) {
            throw new IllegalStateException(sync + " answered " + answer.body());
        }
        return millis;
    }

    private static String summary(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return "median " + sorted[sorted.length / 2] + " ms, slowest " + sorted[sorted.length - 1] + " ms over "
                + sorted.length + " calls";
    }
}

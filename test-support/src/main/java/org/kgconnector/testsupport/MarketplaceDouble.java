package org.kgconnector.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;
import org.kgconnector.protocol.signature.ApigSigner;

/**
 * The marketplace's open APIs on loopback, for tests: it checks every request's APIG AK/SK signature and plays
 * back the answers of docs/protocol/openapi.md and docs/protocol/license.md — query order (the MOCK orders and any order a test
 * registers), license-code activation (v1, v2 batch), query and software usage, the string/file upload, and the
 * usage push (new API: its {@code signature} checked with the {@code base} key; old API) — including their error
 * codes. It is as strict as the marketplace: an {@code X-Sdk-Date} more than 15 minutes off is refused
 * ({@code APIGW.0303}), and so is a usage push whose {@code nonce} was used before or whose {@code ts} is more than
 * 60 s off ({@code MKT.0102}), a failed attempt's nonce included. It keeps what it received, and can be switched
 * to unavailable.
 */
public final class MarketplaceDouble implements AutoCloseable {

    public static final String AK = "TESTAKID0000000000001";
    public static final String SK = "testSecretAccessKey0000000000000000000001";
    private static final String BASE = "/api/mkp-openapi-public/global/";
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final java.time.Duration SDK_DATE_SKEW = java.time.Duration.ofMinutes(15);
    private static final java.time.Duration USAGE_TS_WINDOW = java.time.Duration.ofSeconds(60);

    /** A license code as the marketplace knows it. */
    public static final class Code {
        volatile boolean claimed;
        volatile boolean activated;
        volatile String status = "ALIVE";
        volatile Instant expireTime = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A received call: method, path with query, body. */
    public record Received(String method, String path, String body) {
    }

    /** An upload: event id, the metadata part and the file part (null for CHARACTERS). */
    public record Upload(String eventId, JsonObject request, byte[] file) {
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(4);
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> orders = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Upload> uploads = Collections.synchronizedList(new ArrayList<>());
    private final List<JsonObject> usageReports = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<String>> usageBySn = new ConcurrentHashMap<>();
    private final List<JsonObject> oldUsage = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger usageCalls = new AtomicInteger();
    private final AtomicInteger usageFailures = new AtomicInteger();
    private final java.util.Set<String> usedNonces = ConcurrentHashMap.newKeySet();
    private final AtomicInteger replays = new AtomicInteger();
    private final AtomicInteger staleRequests = new AtomicInteger();
    private volatile String nextUsageRefusal;
    private volatile String usageRefusal;
    private volatile long usageDelayMillis;
    private volatile String abnormalInstance;
    private final AtomicInteger uploadFailures = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private volatile boolean down;

    public MarketplaceDouble(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A code the buyer has ({@code claimed}) or has not yet claimed. */
    public void licenseCode(String code, boolean claimed) {
        Code c = new Code();
        c.claimed = claimed;
        codes.put(code, c);
    }

    public void codeState(String code, String status, Instant expireTime) {
        Code c = codes.get(code);
        c.status = status;
        c.expireTime = expireTime.truncatedTo(ChronoUnit.SECONDS);
    }

    public boolean activated(String code) {
        Code c = codes.get(code);
        return c != null && c.activated;
    }

    /** Registers the answer of an order line; unregistered non-MOCK orders answer a yearly line of quantity 2. */
    public void order(String orderId, String orderLineId, String chargingMode, Integer linearValue, Instant expireTime) {
        orders.put(orderId + "/" + orderLineId, orderInfo(orderId, orderLineId, chargingMode, linearValue, expireTime));
    }

    public void down(boolean unavailable) {
        this.down = unavailable;
    }

    /** The next {@code count} uploads answer an internal error. */
    public void failUploads(int count) {
        uploadFailures.set(count);
    }

    /** The next {@code count} usage pushes answer HTTP 500 with an internal error (retried by the connector). */
    public void failUsagePushes(int count) {
        usageFailures.set(count);
    }

    /** The next usage push after the failures answers this error code once, without taking the records. */
    public void refuseNextUsagePush(String errorCode) {
        this.nextUsageRefusal = errorCode;
    }

    /** Usage pushes refused because their nonce had been used before. */
    public int replays() {
        return replays.get();
    }

    /** Requests refused because their {@code X-Sdk-Date} or usage {@code ts} was too far from the clock. */
    public int staleRequests() {
        return staleRequests.get();
    }

    /** Each usage push takes this long to answer, as a loaded marketplace would. */
    public void slowUsagePushes(java.time.Duration delay) {
        this.usageDelayMillis = delay.toMillis();
    }

    /** Usage pushes answer this error code (null: accept). */
    public void refuseUsage(String errorCode) {
        this.usageRefusal = errorCode;
    }

    /** Records of this instance are accepted but listed as abnormal in the answer (null: none). */
    public void abnormalUsageOf(String instanceId) {
        this.abnormalInstance = instanceId;
    }

    /** Every value received per {@code metering_sn}, in the order received (a retry adds a second entry). */
    public Map<String, List<String>> usageBySn() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        usageBySn.forEach((sn, values) -> {
            synchronized (values) {
                copy.put(sn, List.copyOf(values));
            }
        });
        return copy;
    }

    /** The records the old (legacy) push API received. */
    public List<JsonObject> oldUsage() {
        synchronized (oldUsage) {
            return List.copyOf(oldUsage);
        }
    }

    public int usageCalls() {
        return usageCalls.get();
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<Upload> uploads(String eventId) {
        synchronized (uploads) {
            return uploads.stream().filter(u -> u.eventId().equals(eventId)).toList();
        }
    }

    public List<JsonObject> usageReports() {
        synchronized (usageReports) {
            return List.copyOf(usageReports);
        }
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            received.add(new Received(exchange.getRequestMethod(), path + (query == null ? "" : "?" + query),
                    new String(body, StandardCharsets.UTF_8)));
            if (!signatureValid(exchange, body)) {
                badSignatures.incrementAndGet();
                answer(exchange, 401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"verify aksk signature fail\"}");
                return;
            }
            if (!sdkDateCurrent(exchange.getRequestHeaders().getFirst(ApigSigner.DATE_HEADER))) {
                staleRequests.incrementAndGet();
                answer(exchange, 401, "{\"error_code\":\"APIGW.0303\",\"error_msg\":\"X-Sdk-Date is out of range\"}");
                return;
            }
            if (down) {
                answer(exchange, 504, "{\"error_code\":\"APIGW.0201\",\"error_msg\":\"Backend timeout\"}");
                return;
            }
            Routed routed = route(exchange.getRequestMethod(), path, query, body,
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders());
            answer(exchange, routed.status(), routed.json());
        }
    }

    /** An answer: its HTTP status and JSON body. */
    private record Routed(int status, String json) {

        static Routed ok(String json) {
            return new Routed(200, json);
        }
    }

    private static boolean sdkDateCurrent(String date) {
        try {
            Instant sent = SDK_DATE.parse(date, Instant::from);
            return java.time.Duration.between(sent, Instant.now()).abs().compareTo(SDK_DATE_SKEW) <= 0;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean signatureValid(HttpExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String date = exchange.getRequestHeaders().getFirst(ApigSigner.DATE_HEADER);
        if (authorization == null || date == null || !authorization.startsWith(ApigSigner.ALGORITHM + " Access=" + AK + ", ")) {
            return false;
        }
        String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]*),.*", "$1");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : signedHeaders.split(";")) {
            if (!name.equals("host") && !name.equals("x-sdk-date")) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value == null) {
                    return false;
                }
                headers.put(name, value);
            }
        }
        String rawQuery = exchange.getRequestURI().getRawQuery();
        URI uri = URI.create("http://" + exchange.getRequestHeaders().getFirst("Host") + exchange.getRequestURI().getRawPath()
                + (rawQuery == null ? "" : "?" + rawQuery));
        String expected = ApigSigner.sign(exchange.getRequestMethod(), uri, headers, body, AK, SK, date).authorization();
        return expected.equals(authorization);
    }

    private Routed route(String method, String path, String query, byte[] body, String contentType,
                         com.sun.net.httpserver.Headers headers) {
        if (method.equals("POST") && path.equals(BASE + "v1/isv/usage-data")) {
            return usagePush(body, headers);
        }
        return Routed.ok(routeOther(method, path, query, body, contentType));
    }

    private String routeOther(String method, String path, String query, byte[] body, String contentType) {
        if (method.equals("POST") && path.equals("/rest/marketplace/v1/isv/usage-data")) {
            return oldUsagePush(body);
        }
        if (method.equals("GET") && path.equals(BASE + "v1/order/query")) {
            return queryOrder(query);
        }
        if (method.equals("POST") && path.startsWith(BASE + "v1/market-event/") && path.endsWith("/file")) {
            String eventId = path.substring((BASE + "v1/market-event/").length(), path.length() - "/file".length());
            return upload(eventId, body, contentType);
        }
        JsonObject request;
        try {
            request = JsonText.parseObject(body);
        } catch (MalformedJsonException e) {
            return error("95000004", "req message is not readable");
        }
        return switch (path.substring(Math.min(path.length(), BASE.length()))) {
            case "v1/license/activate" -> activate(List.of(request.getString("license", "")));
            case "v2/license/activate" -> activate(request.getJsonArray("license_list").getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).toList());
            case "v1/license/heartbeat" -> heartbeat(request.getString("license", ""));
            case "v2/license/software-usage-info" -> usage(request);
            default -> error("APIGW.0101", "The API does not exist or has not been published");
        };
    }

    private Routed usagePush(byte[] body, com.sun.net.httpserver.Headers headers) {
        usageCalls.incrementAndGet();
        if (usageDelayMillis > 0) {
            try {
                Thread.sleep(usageDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String ts = String.valueOf(headers.getFirst("ts"));
        String nonce = String.valueOf(headers.getFirst("nonce"));
        String expected = org.kgconnector.protocol.signature.UsagePushSignature.sign(Marketplace.KEY, ts, nonce, text);
        if (!expected.equals(headers.getFirst("signature"))) {
            return new Routed(400, "{\"error_code\":\"MKT.0102\",\"error_msg\":\"Invalid body sign\"}");
        }
        if (!tsCurrent(ts)) {
            staleRequests.incrementAndGet();
            return new Routed(400, "{\"error_code\":\"MKT.0102\",\"error_msg\":\"Invalid body sign: stale ts\"}");
        }
        if (!usedNonces.add(nonce)) {
            replays.incrementAndGet();
            return new Routed(400, "{\"error_code\":\"MKT.0102\",\"error_msg\":\"Invalid body sign: nonce used\"}");
        }
        if (usageFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new Routed(500, "{\"error_code\":\"MKT.0999\",\"error_msg\":\"System internal error.\"}");
        }
        String refuseOnce = nextUsageRefusal;
        if (refuseOnce != null) {
            nextUsageRefusal = null;
            return new Routed(400, "{\"error_code\":\"" + refuseOnce + "\",\"error_msg\":\"refused\"}");
        }
        return Routed.ok(acceptUsage(body));
    }

    private static boolean tsCurrent(String ts) {
        try {
            long sent = Long.parseLong(ts);
            return Math.abs(System.currentTimeMillis() - sent) <= USAGE_TS_WINDOW.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String acceptUsage(byte[] body) {
        if (usageRefusal != null) {
            return "{\"error_code\":\"" + usageRefusal + "\",\"error_msg\":\"refused\"}";
        }
        JsonArray records;
        try {
            records = JsonText.parseObject(body).getJsonArray("usage_records");
        } catch (MalformedJsonException | ClassCastException e) {
            return "{\"error_code\":\"MKT.0101\",\"error_msg\":\"Invalid parameter\"}";
        }
        if (records == null || records.isEmpty() || records.size() > 1000) {
            return "{\"error_code\":\"MKT.9003\",\"error_msg\":\"Usage records extends size limit.\"}";
        }
        StringBuilder abnormal = new StringBuilder();
        for (JsonValue value : records) {
            JsonObject r = value.asJsonObject();
            String sn = r.getString("metering_sn");
            if (new java.math.BigDecimal(r.getString("usage_value")).signum() <= 0) {
                return "{\"error_code\":\"MKT.0100\",\"error_msg\":\"Failure of input parameter\"}";
            }
            if (r.getString("instance_id").equals(abnormalInstance)) {
                abnormal.append(abnormal.length() == 0 ? "" : ",").append("{\"metering_sn\":\"").append(sn)
                        .append("\",\"error_code\":\"MKT.9001\"}");
                continue;
            }
            List<String> values = usageBySn.computeIfAbsent(sn, k -> Collections.synchronizedList(new ArrayList<>()));
            values.add(r.getString("instance_id") + "|" + r.getString("begin_time") + "|" + r.getString("usage_value"));
        }
        return "{\"error_code\":\"MKT.0000\",\"error_msg\":\"success\"" + (abnormal.length() == 0 ? ""
                : ",\"extra_info\":{\"abnormal_usage_data\":[" + abnormal + "]}") + "}";
    }

    private String oldUsagePush(byte[] body) {
        usageCalls.incrementAndGet();
        try {
            for (JsonValue value : JsonText.parseObject(body).getJsonArray("usage_records")) {
                oldUsage.add(value.asJsonObject());
            }
        } catch (MalformedJsonException | ClassCastException | NullPointerException e) {
            return "{\"error_code\":\"MKT.0101\",\"error_msg\":\"Invalid parameter\"}";
        }
        return "{\"error_code\":\"MKT.0000\",\"error_msg\":\"success\"}";
    }

    private String activate(List<String> licenses) {
        for (String license : licenses) {
            Code code = codes.get(license);
            if (code == null) {
                return error(licenses.size() > 1 ? "92020020" : "92020005",
                        licenses.size() > 1 ? "Invalid license code exists." : "license code notexist");
            }
            if (!code.claimed) {
                return error("92020004", "can not active before user received.");
            }
            if (code.activated) {
                return error("92020003", "illegal state");
            }
        }
        licenses.forEach(l -> codes.get(l).activated = true);
        Code first = codes.get(licenses.get(0));
        String info = "{\"status\":\"ALIVE\",\"expire_time\":\"" + COMPACT.format(first.expireTime)
                + "\",\"product_id\":\"OFFI000000001\",\"amount\":2,\"order_id\":\"CS0001\"}";
        return "{\"error_code\":\"92020000\",\"error_msg\":\"success\",\"data\":{\"license_code_info\":"
                + JsonText.toAsciiJson(JsonText.provider().createValue(info)) + "}}";
    }

    private String heartbeat(String license) {
        Code code = codes.get(license);
        if (code == null) {
            return error("92020005", "license code notexist");
        }
        if (!code.activated) {
            return error("92020011", "license code has been not activated.");
        }
        return "{\"error_code\":\"92020000\",\"error_msg\":\"success\",\"data\":{\"license_code\":\"" + license
                + "\",\"status\":\"" + code.status + "\",\"activate_time\":\"20260101000000\",\"expire_time\":\""
                + COMPACT.format(code.expireTime) + "\",\"order_id\":\"CS0001\",\"product_id\":\"OFFI000000001\"}}";
    }

    private String usage(JsonObject request) {
        JsonArray info = request.getJsonArray("usage_info");
        if (info == null || info.isEmpty() || info.size() > 100) {
            return error("95000001", "req param is invalid");
        }
        for (JsonValue value : info) {
            JsonObject usage = value.asJsonObject();
            JsonArray entries = usage.getJsonArray("software_usage_Info");
            if (!codes.containsKey(usage.getString("license", "")) || entries == null || entries.isEmpty()
                    || entries.size() > 100) {
                return error("95000001", "req param is invalid");
            }
            for (JsonValue entry : entries) {
                if (entry.asJsonObject().containsKey("id") == entry.asJsonObject().containsKey("active_num")) {
                    return error("95000001", "req param is invalid");
                }
            }
        }
        usageReports.add(request);
        return "{\"error_code\":\"92020000\",\"error_msg\":\"success\"}";
    }

    private String upload(String eventId, byte[] body, String contentType) {
        if (uploadFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error("CBC.0999", "internal error");
        }
        if (contentType == null || !contentType.startsWith("multipart/form-data; boundary=")) {
            return error("CBC.0101", "Invalid parameter");
        }
        Map<String, byte[]> parts = Multipart.parts(body, contentType.substring(contentType.indexOf('=') + 1));
        byte[] meta = parts.get("isvUpdateFileReq");
        JsonObject request;
        try {
            request = JsonText.parseObject(meta == null ? new byte[0] : meta);
        } catch (MalformedJsonException e) {
            return error("CBC.0101", "Invalid parameter");
        }
        String type = request.getString("type", "");
        boolean valid = type.equals("CHARACTERS") ? request.getString("characters", "").length() <= 1024
                && !request.getString("characters", "").isEmpty()
                : type.equals("FILE") && parts.containsKey("file") && request.containsKey("sha256")
                && org.kgconnector.protocol.crypto.Hmac.digestHex(parts.get("file")).equals(request.getString("sha256"));
        if (!valid) {
            return error("91381037", "Invalid license format.");
        }
        uploads.add(new Upload(eventId, request, parts.get("file")));
        return "{\"error_code\":\"CBC.0000\",\"error_msg\":\"Success\"}";
    }

    private String queryOrder(String query) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String orderId = q.getOrDefault("orderId", "");
        String lineId = q.getOrDefault("orderLineId", orderId + "-000001");
        if (orderId.isEmpty()) {
            return "{\"resultCode\":\"MKT.0101\",\"resultMsg\":\"Invalid parameter\"}";
        }
        JsonObject info = orders.get(orderId + "/" + lineId);
        if (info == null && orderId.startsWith("MOCK")) {
            info = mock(orderId, lineId);
        }
        if (info == null && orderId.startsWith("NOSUCH")) {
            return "{\"resultCode\":\"MKT.0100\",\"resultMsg\":\"Failure of input parameter\"}";
        }
        if (info == null) {
            info = orderInfo(orderId, lineId, "PERIOD", 2, Instant.now().plus(365, ChronoUnit.DAYS));
        }
        return "{\"resultCode\":\"MKT.0000\",\"resultMsg\":\"Success\",\"orderInfo\":" + info + "}";
    }

    private static JsonObject mock(String orderId, String lineId) {
        String mode = switch (orderId) {
            case "MOCKONETIMENEW" -> "ONE_TIME";
            case "MOCKONDEMAND" -> "ON_DEMAND";
            case "MOCKONDEMANDPKG" -> "ON_DEMAND_PKG";
            default -> "PERIOD";
        };
        return orderInfo(orderId, lineId, mode, 50, Instant.parse("2025-11-21T15:59:59Z"));
    }

    private static JsonObject orderInfo(String orderId, String lineId, String chargingMode, Integer linearValue,
                                        Instant expireTime) {
        JsonObjectBuilder product = JsonText.provider().createObjectBuilder()
                .add("productId", "OFFI846204237451911168").add("skuCode", "0a4d1578-5295-46a7-92d4-7c803dccc51d")
                .add("productName", "MOCK测试商品,测试规格,基础版");
        if (linearValue != null) {
            product.add("linearValue", linearValue);
        }
        JsonObjectBuilder line = JsonText.provider().createObjectBuilder().add("orderLineId", lineId)
                .add("chargingMode", chargingMode)
                .add("productInfo", JsonText.provider().createArrayBuilder().add(product))
                .add("extendParams", JsonText.provider().createArrayBuilder().add(JsonText.provider().createObjectBuilder()
                        .add("name", "emailDomainName").add("value", "test.example.com")));
        if ("PERIOD".equals(chargingMode)) {
            line.add("periodType", "year").add("periodNumber", 1).add("expireTime", COMPACT.format(expireTime));
        }
        return JsonText.provider().createObjectBuilder().add("orderId", orderId).add("orderType", "NEW")
                .add("createTime", "20241121090846")
                .add("orderLine", JsonText.provider().createArrayBuilder().add(line))
                .add("buyerInfo", JsonText.provider().createObjectBuilder().add("mobilePhone", "18688888888")
                        .add("customerId", "459bbbec25d24749b2eb83be37b602a8").add("customerName", "mock_user_01"))
                .add("extendParams", JsonText.provider().createArrayBuilder()).build();
    }

    private static String error(String code, String message) {
        return "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

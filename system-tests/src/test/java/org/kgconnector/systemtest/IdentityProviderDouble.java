package org.kgconnector.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenant's identity provider on loopback, as docs/protocol/kit.md §5 describes it: {@code /api/v1/oauth2/token}
 * (authorization code, single use, {@code good-<user>} or {@code good-<user>~<any suffix>}; refresh {@code rt-<user>}, refused for the user
 * {@code expiring}), {@code /api/v1/oauth2/userinfo} and the CAS {@code serviceValidate} (ticket {@code ST-<user>}).
 */
public final class IdentityProviderDouble implements AutoCloseable {

    private final HttpServer server;
    private final String clientId;
    private final String clientSecret;
    private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
    private volatile String redirectTo;
    private volatile String lastCasService;

    public IdentityProviderDouble(String clientId, String clientSecret) throws IOException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/oauth2/token", this::token);
        server.createContext("/api/v1/oauth2/userinfo", this::userInfo);
        server.createContext("/api/v1/cas/p3/serviceValidate", this::serviceValidate);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"Bad client credentials\"}");
            return;
        }
        String user = null;
        if ("authorization_code".equals(form.get("grant_type"))) {
            String code = form.getOrDefault("code", "");
            if (code.startsWith("good-") && usedCodes.add(code)) {
                user = code.substring(5).split("~")[0];
            }
        } else if ("refresh_token".equals(form.get("grant_type"))) {
            String refresh = form.getOrDefault("refresh_token", "");
            if (refresh.startsWith("rt-") && !refresh.equals("rt-expiring")) {
                user = refresh.substring(3);
            }
        }
        if (user == null) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid authorization code\"}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"at-" + user + "\",\"token_type\":\"Bearer\",\"expires_in\":7200,"
                + "\"scope\":\"get_user_info\",\"refresh_token\":\"rt-" + user + "\"}");
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer at-")) {
            answer(exchange, 401, "{\"error\":\"unauthorized\"}");
            return;
        }
        String user = auth.substring("Bearer at-".length());
        answer(exchange, 200, "{\"id\":\"id-" + user + "\",\"userName\":\"" + user + "\",\"name\":\"User " + user
                + "\",\"email\":\"" + user + "@example.com\",\"organizationCode\":\"d1\",\"role\":\"user\"}");
    }

    private void serviceValidate(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String ticket = query.getOrDefault("ticket", "");
        if (!ticket.startsWith("ST-") || query.get("service") == null) {
            answer(exchange, 200, "{\"serviceResponse\":{\"authenticationFailure\":{\"code\":\"INVALID_TICKET\"}}}");
            return;
        }
        lastCasService = query.get("service");
        String user = ticket.substring(3);
        answer(exchange, 200, "{\"serviceResponse\":{\"authenticationSuccess\":{\"user\":\"" + user + "\",\"attributes\":"
                + "{\"userName\":\"" + user + "\",\"name\":\"CAS " + user + "\",\"role\":\"admin\",\"organizationCode\":\"d1\"}}}}");
    }

    private static Map<String, String> form(String text) {
        Map<String, String> values = new HashMap<>();
        if (text != null) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /** The {@code service} of the last CAS ticket validated here. */
    public String lastCasService() {
        return lastCasService;
    }

    /** From now on every answer is a redirect there, as a hostile identity provider would send (with a body). */
    public void redirectEverythingTo(String location) {
        redirectTo = location;
    }

    private void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (redirectTo != null) {
            exchange.getResponseHeaders().add("Location", redirectTo);
        }
        exchange.sendResponseHeaders(redirectTo != null ? 302 : status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

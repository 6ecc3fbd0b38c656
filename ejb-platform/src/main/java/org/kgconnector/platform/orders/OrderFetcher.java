package org.kgconnector.platform.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.platform.marketplace.MarketplaceAnswer;
import org.kgconnector.platform.marketplace.MarketplaceClient;
import org.kgconnector.platform.work.WorkOutcome;
import org.kgconnector.protocol.time.ProtocolTime;

/**
 * Fetches an order line with the query-order API (docs/protocol/openapi.md §7) and stores what provisioning and licensing
 * need. A parameter refusal (the order does not exist for this account) is given up; anything else is retried.
 */
@ApplicationScoped
public class OrderFetcher {

    static final String PATH = "/api/mkp-openapi-public/global/v1/order/query";
    private static final Set<String> NOT_FOUND = Set.of("MKT.0100", "MKT.0101", "MKT.0199");

    @Inject
    MarketplaceClient marketplace;

    @Inject
    OrderStore store;

    public WorkOutcome fetch(String orderId, String orderLineId) {
        String query = "orderId=" + encode(orderId) + (orderLineId.isEmpty() ? "" : "&orderLineId=" + encode(orderLineId));
        MarketplaceAnswer answer = marketplace.call(MarketplaceClient.get("order.query", orderId, PATH, query));
        if (!answer.success()) {
            return NOT_FOUND.contains(answer.code()) ? WorkOutcome.giveUp("order query refused: " + answer.describe())
                    : WorkOutcome.retry("order query refused: " + answer.describe());
        }
        JsonValue info = answer.body().get("orderInfo");
        if (!(info instanceof JsonObject order)) {
            return WorkOutcome.retry("the order query answered no orderInfo");
        }
        JsonObject line = line(order, orderLineId);
        if (line == null) {
            return WorkOutcome.giveUp("the order has no line " + orderLineId);
        }
        store.fetched(orderId, orderLineId, details(order, line));
        return WorkOutcome.done();
    }

    private static JsonObject line(JsonObject order, String orderLineId) {
        JsonValue lines = order.get("orderLine");
        if (!(lines instanceof JsonArray array)) {
            return null;
        }
        for (JsonValue value : array) {
            if (value instanceof JsonObject line && orderLineId.equals(text(line, "orderLineId"))) {
                return line;
            }
        }
        return array.size() == 1 && array.get(0) instanceof JsonObject only && orderLineId.isEmpty() ? only : null;
    }

    static MarketplaceOrder.Details details(JsonObject order, JsonObject line) {
        JsonObject product = line.get("productInfo") instanceof JsonArray products && !products.isEmpty()
                && products.get(0) instanceof JsonObject first ? first : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject buyer = order.get("buyerInfo") instanceof JsonObject b ? b : JsonValue.EMPTY_JSON_OBJECT;
        String expireRaw = text(line, "expireTime");
        String extend = extendParams(order.get("extendParams"), line.get("extendParams"));
        return new MarketplaceOrder.Details(text(order, "orderType"), time(text(order, "createTime")),
                text(line, "chargingMode"), text(line, "periodType"), integer(line, "periodNumber"), time(expireRaw),
                expireRaw, text(product, "productId"), text(product, "skuCode"), cut(text(product, "productName"), 255),
                integer(product, "linearValue"), text(buyer, "customerId"), cut(text(buyer, "customerName"), 128), extend);
    }

    private static Instant time(String raw) {
        return raw == null ? null : ProtocolTime.parseExpireTime(raw).orElse(null);
    }

    static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonString s) {
            return s.getString().isEmpty() ? null : s.getString();
        }
        return value instanceof JsonNumber n ? n.toString() : null;
    }

    static Integer integer(JsonObject json, String name) {
        String text = text(json, name);
        try {
            return text == null ? null : Integer.valueOf(text.contains(".") ? text.substring(0, text.indexOf('.')) : text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The order's and the line's extension parameters, as one JSON object {@code {"order":[…],"line":[…]}}. */
    private static String extendParams(JsonValue orderParams, JsonValue lineParams) {
        return "{\"order\":" + (orderParams instanceof JsonArray ? orderParams.toString() : "[]")
                + ",\"line\":" + (lineParams instanceof JsonArray ? lineParams.toString() : "[]") + "}";
    }
}

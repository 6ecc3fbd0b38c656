package org.kgconnector.platform.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.protocol.json.JsonText;

class OrderFetcherTest {

    /** docs/protocol/openapi.md §7.4, the mock order as a public demo captured it. */
    static final String MOCK = "{\"orderId\":\"MOCKPERIODYEARNEW\",\"orderType\":\"NEW\",\"createTime\":\"20241121090846\","
            + "\"orderLine\":[{\"orderLineId\":\"MOCKPERIODYEARNEW-000001\",\"chargingMode\":\"PERIOD\","
            + "\"periodType\":\"year\",\"periodNumber\":1,\"expireTime\":\"20251121235959\","
            + "\"productInfo\":[{\"productId\":\"OFFI846204237451911168\",\"skuCode\":\"0a4d1578-5295-46a7-92d4-7c803dccc51d\","
            + "\"linearValue\":50,\"productName\":\"MOCK测试商品,测试规格,基础版,包周期\"}],"
            + "\"extendParams\":[{\"name\":\"emailDomainName\",\"value\":\"test.xxxx.com\"},{\"name\":\"ip\",\"value\":\"127.0.0.1\"}],"
            + "\"currency\":\"100\",\"currencyAfterDiscount\":\"100\"}],"
            + "\"buyerInfo\":{\"mobilePhone\":\"18688888888\",\"email\":null,\"customerId\":\"459bbbec25d24749b2eb83be37b602a8\","
            + "\"customerName\":\"mock_user_01\",\"customerRealName\":\"测试用户1\",\"customerType\":0,\"userId\":null,"
            + "\"userName\":null},\"extendParams\":[]}";

    @Test
    void readsTheSpecsMockOrder() throws Exception {
        JsonObject order = JsonText.parseObject(MOCK.getBytes(StandardCharsets.UTF_8));
        MarketplaceOrder.Details d = OrderFetcher.details(order, order.getJsonArray("orderLine").getJsonObject(0));
        assertEquals("NEW", d.orderType());
        assertEquals(Instant.parse("2024-11-21T09:08:46Z"), d.createTime());
        assertEquals("PERIOD", d.chargingMode());
        assertEquals("year", d.periodType());
        assertEquals(1, d.periodNumber());
        assertEquals(Instant.parse("2025-11-21T23:59:59Z"), d.expireTime());
        assertEquals("OFFI846204237451911168", d.productId());
        assertEquals("0a4d1578-5295-46a7-92d4-7c803dccc51d", d.skuCode());
        assertEquals(50, d.linearValue());
        assertEquals("459bbbec25d24749b2eb83be37b602a8", d.customerId());
        assertEquals("mock_user_01", d.customerName());
        assertEquals("{\"order\":[],\"line\":[{\"name\":\"emailDomainName\",\"value\":\"test.xxxx.com\"},"
                + "{\"name\":\"ip\",\"value\":\"127.0.0.1\"}]}", d.extendParams());
    }
}

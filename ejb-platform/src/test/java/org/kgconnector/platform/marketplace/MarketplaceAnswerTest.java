package org.kgconnector.platform.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarketplaceAnswerTest {

    @Test
    void readsBothCodeStylesAndSwitchesOnTheCodeNotTheStatus() {
        MarketplaceAnswer license = MarketplaceAnswer.parse(200, "{\"error_code\":\"92020000\",\"error_msg\":\"success\"}");
        assertTrue(license.success());
        MarketplaceAnswer order = MarketplaceAnswer.parse(200, "{\"resultCode\":\"MKT.0000\",\"resultMsg\":\"Success\"}");
        assertTrue(order.success());
        MarketplaceAnswer throttled = MarketplaceAnswer.parse(406, "{\"resultCode\":\"MKT. 0250\",\"resultMsg\":\"x\"}");
        assertEquals("MKT.0250", throttled.code());
        assertTrue(throttled.unavailable());
        MarketplaceAnswer refused = MarketplaceAnswer.parse(500, "{\"error_code\":\"92020003\",\"error_msg\":\"illegal state\"}");
        assertFalse(refused.success());
        assertEquals("92020003: illegal state", refused.describe());
        MarketplaceAnswer gateway = MarketplaceAnswer.parse(504, "<html>Gateway Timeout</html>");
        assertTrue(gateway.unavailable());
        assertEquals("HTTP 504", gateway.describe());
    }

    @Test
    void masksTheBuyersPhoneAndMailInTheLedger() {
        assertEquals("{\"mobilePhone\":\"***\",\"email\":\"***\",\"userName\":null}",
                MarketplaceClient.masked("{\"mobilePhone\":\"18688888888\",\"email\": \"a@b.c\",\"userName\":null}"));
    }
}

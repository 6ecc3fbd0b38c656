package org.kgconnector.protocol.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.protocol.Vectors.bytes;
import static org.kgconnector.protocol.Vectors.get;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.json.JsonText;

class AuthTokenTest {

    private static final String KEY = get("key");

    @Test
    void v1GetAuthTokenOfTheSampleRequest() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("activity", "newInstance");
        query.put("businessId", "61e834ba-7b97-4418-b8f7-e5345137278c");
        query.put("customerId", "68cbc86abc2018ab880d92f36422fa0e");
        query.put("expireTime", "20200727153156");
        query.put("orderId", "CS1906666666ABCDE");
        query.put("productId", "00301-666666-0--0");
        query.put("testFlag", "1");
        query.put("timeStamp", get("v1.timeStamp"));
        query.put("authToken", "ignored");
        String toSign = AuthToken.stringToSign(query, false);
        assertEquals(get("v1.string"), toSign);
        assertEquals(get("v1.authToken"), AuthToken.sign(KEY, get("v1.timeStamp"), toSign));
        assertTrue(AuthToken.verify(KEY, get("v1.timeStamp"), toSign, get("v1.authToken")));
        assertFalse(AuthToken.verify(KEY, "20200727073711904", toSign, get("v1.authToken")));
        assertFalse(AuthToken.verify(KEY, get("v1.timeStamp"), toSign, get("v1.authToken").toLowerCase()));
    }

    @Test
    void kitV1PostAuthTokenSkipsEmptyValues() throws Exception {
        Map<String, String> parameters = AuthToken.kitV1Parameters(JsonText.parseObject(bytes("kit-v1.body")));
        String toSign = AuthToken.stringToSign(parameters, true);
        assertEquals(get("kit-v1.string"), toSign);
        assertEquals(get("kit-v1.authToken"), AuthToken.sign(KEY, "20220413093539534", toSign));
        assertTrue(AuthToken.stringToSign(parameters, false).endsWith("&userList="));
        String received = get("kit-v1.authToken");
        assertFalse(AuthToken.verify(KEY, "20220413093539534", toSign, received.replace('+', ' ')));
    }
}

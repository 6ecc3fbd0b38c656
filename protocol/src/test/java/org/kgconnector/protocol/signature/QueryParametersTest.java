package org.kgconnector.protocol.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.protocol.Vectors.get;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void rawReadingKeepsPlusAndDecodesPercentEscapes() {
        Map<String, String> p = QueryParameters.raw("activity=queryInstance&instanceId=a%2Cb&testFlag=1"
                + "&authToken=pqlrW7%2BPHC%2F1JE+MEjKxC94=&timeStamp=20230327070251713&email=&name=%E4%B8%AD").orElseThrow();
        assertEquals("a,b", p.get("instanceId"));
        assertEquals("pqlrW7+PHC/1JE+MEjKxC94=", p.get("authToken"));
        assertEquals("", p.get("email"));
        assertEquals("中", p.get("name"));
    }

    @Test
    void formReadingTurnsPlusIntoSpace() {
        assertEquals("a b+c", QueryParameters.form("x=a+b%2Bc").orElseThrow().get("x"));
    }

    @Test
    void malformedEscapesAreRefusedAndRepeatedNamesKeepTheFirst() {
        assertTrue(QueryParameters.raw("x=%zz").isEmpty());
        assertTrue(QueryParameters.raw("x=%2").isEmpty());
        assertEquals("1", QueryParameters.raw("x=1&x=2").orElseThrow().get("x"));
        assertTrue(QueryParameters.raw(null).orElseThrow().isEmpty());
    }

    @Test
    void theSampleRequestVerifiesFromItsRawQuery() {
        String query = "activity=newInstance&businessId=61e834ba-7b97-4418-b8f7-e5345137278c"
                + "&customerId=68cbc86abc2018ab880d92f36422fa0e&expireTime=20200727153156&orderId=CS1906666666ABCDE"
                + "&productId=00301-666666-0--0&testFlag=1&timeStamp=20200727073711903&authToken=" + get("v1.authToken");
        Map<String, String> p = QueryParameters.raw(query).orElseThrow();
        assertTrue(AuthToken.verify(get("key"), p.get("timeStamp"), AuthToken.stringToSign(p, false), p.get("authToken")));
    }
}

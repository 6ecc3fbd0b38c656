package org.kgconnector.web.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;

class JsonRecordsTest {

    private static <T> T bind(Class<T> type, String json) {
        try {
            return JsonRecords.bind(type, JsonText.parseObject(json.getBytes(StandardCharsets.UTF_8)));
        } catch (MalformedJsonException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void membersAreBoundByNameAndAbsentOnesAreNull() {
        ActivationRequest request = bind(ActivationRequest.class, "{\"licenses\":[\" PL1\",\"PL1 \",\"PL2\"],\"other\":1}");
        assertEquals(List.of("PL1", "PL2"), request.distinctLicenses());
        assertNull(request.realEffectTime());
        CodeUsageRequest usage = bind(CodeUsageRequest.class, "{\"activeClients\":7}");
        assertEquals(7, usage.activeClients());
        assertEquals(List.of(), usage.distinctClientIds());
        assertEquals(2, bind(UsageReport.class, "{\"events\":[{},{}]}").events().size());
    }

    @Test
    void aMemberOfTheWrongTypeIsRefusedByName() {
        assertEquals("licenses must be an array of strings.", assertThrows(InvalidVendorRequest.class,
                () -> bind(ActivationRequest.class, "{\"licenses\":[\"PL1\",2]}")).getMessage());
        assertEquals("realEffectTime must be a string.", assertThrows(InvalidVendorRequest.class,
                () -> bind(ActivationRequest.class, "{\"licenses\":[\"PL1\"],\"realEffectTime\":20261201}")).getMessage());
        assertEquals("activeClients must be a whole number.", assertThrows(InvalidVendorRequest.class,
                () -> bind(CodeUsageRequest.class, "{\"activeClients\":1.5}")).getMessage());
        assertEquals("activeClients must be a whole number.", assertThrows(InvalidVendorRequest.class,
                () -> bind(CodeUsageRequest.class, "{\"activeClients\":99999999999999999999}")).getMessage());
        assertEquals("events must be an array.", assertThrows(InvalidVendorRequest.class,
                () -> bind(UsageReport.class, "{\"events\":{}}")).getMessage());
    }

    @Test
    void theCrossFieldRulesOfTheRecords() {
        assertEquals(false, bind(CodeUsageRequest.class, "{\"clientIds\":[]}").isAnythingReported());
        assertEquals(false, bind(ActivationRequest.class, "{\"licenses\":[\"a\"],\"realEffectTime\":\"20261399000000\"}")
                .isRealEffectTimeReal());
        assertEquals(true, bind(ActivationRequest.class, "{\"licenses\":[\"a\"],\"realEffectTime\":\"20261201000000\"}")
                .isRealEffectTimeReal());
    }
}

package org.kgconnector.protocol.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kgconnector.protocol.Vectors.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.json.CanonicalJson;

class UsagePushSignatureTest {

    @Test
    void signatureOfTheSpecBody() {
        assertEquals(get("usage.signature"),
                UsagePushSignature.sign(get("usage.key"), get("usage.ts"), get("usage.nonce"), get("usage.body")));
    }

    @Test
    void bodyBuiltFromRecordsInAnyOrderIsTheSortedAllStringsForm() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("usage_value", 99);
        record.put("record_time", "20220809T091000Z");
        record.put("metering_sn", "sn-0001");
        record.put("instance_id", "7f141bf1-aec8-4859-8323-fb3a8ad50721");
        record.put("relate_pkg_instance", null);
        record.put("end_time", "20220809T090000Z");
        record.put("begin_time", "20220809T080000Z");
        assertEquals(get("usage.body"), CanonicalJson.deepSortedStrings(Map.of("usage_records", List.of(record))));
    }
}

package org.kgconnector.licensing.code.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kgconnector.persistence.license.LicenseUsage;

class UsageReportsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static List<LicenseUsage> entries(String license, int count) {
        List<LicenseUsage> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(LicenseUsage.client(license, DAY, "client-" + i, Instant.EPOCH));
        }
        return entries;
    }

    @Test
    void aCallCarriesAtMostOneHundredLicensesOfAtMostOneHundredEntries() {
        List<LicenseUsage> all = new ArrayList<>(entries("BIG", 250));
        for (int i = 0; i < 150; i++) {
            all.addAll(entries("L" + i, 2));
        }
        List<List<LicenseUsage>> calls = UsageReports.calls(all);
        int total = 0;
        for (List<LicenseUsage> call : calls) {
            Map<String, Long> perLicense = call.stream().collect(Collectors.groupingBy(LicenseUsage::getLicense,
                    Collectors.counting()));
            assertTrue(perLicense.size() <= 100, "licenses in a call: " + perLicense.size());
            assertTrue(perLicense.values().stream().allMatch(n -> n <= 100), "entries of a license in a call");
            total += call.size();
        }
        assertEquals(550, total, "every entry is sent, once");
        assertEquals(4, calls.size(), "round 1: 151 licenses in two calls; rounds 2 and 3: the big license alone");
    }

    @Test
    void nothingQueuedMeansNoCall() {
        assertEquals(List.of(), UsageReports.calls(List.of()));
    }
}

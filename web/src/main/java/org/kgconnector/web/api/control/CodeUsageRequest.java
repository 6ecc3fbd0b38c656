package org.kgconnector.web.api.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/license-codes/{license}/usage}: the accounts that used the software today (at most 10,000, each
 * at most 256 characters), the number of active clients, or both.
 */
@VendorRequest
public record CodeUsageRequest(
        @Size(max = 10_000, message = "holds more than 10000 entries")
        List<@NotBlank(message = "must hold non-empty strings") @Size(max = 256, message = "must hold strings of at most 256 characters") String> clientIds,
        @Min(value = 0, message = "must be a whole number from 0 to 999999999")
        @Max(value = 999_999_999, message = "must be a whole number from 0 to 999999999") Integer activeClients) {

    /** The accounts once each, trimmed, in the order given; none when absent. */
    public List<String> distinctClientIds() {
        return JsonRecords.distinctTrimmed(clientIds);
    }

    @AssertTrue(message = "give clientIds, activeClients or both")
    public boolean isAnythingReported() {
        return (clientIds != null && !clientIds.isEmpty()) || activeClients != null;
    }
}

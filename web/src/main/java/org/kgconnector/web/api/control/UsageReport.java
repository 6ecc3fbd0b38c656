package org.kgconnector.web.api.control;

import jakarta.json.JsonArray;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.kgconnector.saas.usage.boundary.UsageIngestion;

/**
 * {@code POST /api/usage}: up to 1000 usage events; each is read on its own, so that one unreadable event is
 * rejected with its reason while the others are taken.
 */
@VendorRequest
public record UsageReport(
        @NotEmpty(message = "must be a non-empty array")
        @Size(max = UsageIngestion.MAX_EVENTS, message = "holds more than {max} events") JsonArray events) {
}

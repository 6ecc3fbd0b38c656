package org.kgconnector.web.api.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.kgconnector.licensing.code.boundary.LicenseCodeService;
import org.kgconnector.protocol.time.ProtocolTime;

/**
 * {@code POST /api/license-codes/activations}: the codes users typed in (at most 100, each at most 64 characters)
 * and, optionally, when their use really began ({@code yyyyMMddHHmmss}, UTC).
 */
@VendorRequest
public record ActivationRequest(
        @NotEmpty(message = "must name at least one code")
        @Size(max = LicenseCodeService.MAX_ACTIVATION_BATCH, message = "holds more than {max} codes")
        List<@NotBlank(message = "must hold non-empty codes") @Size(max = 64, message = "must hold codes of at most 64 characters") String> licenses,
        @Pattern(regexp = "\\d{14}", message = "must be yyyyMMddHHmmss (UTC)") String realEffectTime) {

    /** The codes once each, trimmed, in the order given. */
    public List<String> distinctLicenses() {
        return JsonRecords.distinctTrimmed(licenses);
    }

    @AssertTrue(message = "realEffectTime must be a real time (yyyyMMddHHmmss, UTC)")
    public boolean isRealEffectTimeReal() {
        return realEffectTime == null || !realEffectTime.matches("\\d{14}")
                || ProtocolTime.parseExpireTime(realEffectTime).isPresent();
    }
}

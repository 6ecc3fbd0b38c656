package org.kgconnector.spi;

import java.util.Objects;

/**
 * The answer of a {@link Provisioner} method.
 *
 * @param outcome    done, retry later, or refused for good
 * @param appInfo    for a done {@code create}: what the buyer uses; otherwise may be null
 * @param resultCode for a refusal: the marketplace result code to answer with (for example {@code 000100}
 *                   when no resource is left, {@code 000005} by default)
 * @param message    a short reason shown to the operator and sent as {@code resultMsg}; never a secret
 */
public record ProvisioningResult(Outcome outcome, AppInfo appInfo, String resultCode, String message) {

    /** How a provisioning step ended. */
    public enum Outcome {
        /** The work is done. */
        DONE,
        /** Not done yet; the connector calls again later with back-off. */
        RETRY,
        /** Cannot be done; the connector stops and shows it to the operator. */
        REFUSED
    }

    public ProvisioningResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static ProvisioningResult done(AppInfo appInfo) {
        return new ProvisioningResult(Outcome.DONE, appInfo, null, null);
    }

    public static ProvisioningResult retry(String message) {
        return new ProvisioningResult(Outcome.RETRY, null, null, message);
    }

    public static ProvisioningResult refused(String resultCode, String message) {
        return new ProvisioningResult(Outcome.REFUSED, null, resultCode == null ? "000005" : resultCode, message);
    }
}

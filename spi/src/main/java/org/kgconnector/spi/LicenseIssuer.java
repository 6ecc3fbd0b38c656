package org.kgconnector.spi;

/**
 * Produces the license of an online-License application ({@code getLicenseAsync}) or a legacy {@code getLicense}.
 * A vendor provides one as a CDI bean with {@code @Named}, packaged in a jar in the EAR's {@code lib/}, and names
 * it in {@code koogallery.license.issuer}; the built-in issuer signs a license document instead.
 *
 * <p>The connector calls it once per application (eventId and device fingerprint) and keeps the result, so a
 * retried application always gets the license issued the first time. It may be called again after a crash
 * before the result was stored, so it should not count licenses itself.
 */
public interface LicenseIssuer {

    /**
     * @return the license; never null
     * @throws RuntimeException when no license can be issued now (the connector retries with back-off)
     */
    IssuedLicense issue(LicenseRequest request);
}

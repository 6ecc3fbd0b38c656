package org.kgconnector.web.license.control;

/**
 * The legacy License activities of {@code GET /koogallery/license} (docs/protocol/license.md §3),
 * named as on the wire (the constants are the marketplace's own names).
 */
public enum LegacyLicenseActivity {
    getLicense, refreshLicense, expireLicense, releaseLicense
}

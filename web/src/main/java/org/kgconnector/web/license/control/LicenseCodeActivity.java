package org.kgconnector.web.license.control;

/**
 * The license-code 2.0 activities of {@code POST /koogallery/license-code} (docs/protocol/license.md §1.2),
 * named as on the wire (the constants are the marketplace's own names); {@code orderNotify}, which every
 * address takes, is the platform's ({@code OrderNotices}).
 */
public enum LicenseCodeActivity {
    refreshLicenseCode, updateLicenseCodeStatus, releaseLicenseCode
}

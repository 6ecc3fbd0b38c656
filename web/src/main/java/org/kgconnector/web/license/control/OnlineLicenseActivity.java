package org.kgconnector.web.license.control;

/**
 * The online-License activities of {@code POST /koogallery/license} (docs/protocol/license.md §2.3),
 * named as on the wire (the constants are the marketplace's own names); {@code orderNotify}, which every
 * address takes, is the platform's ({@code OrderNotices}).
 */
public enum OnlineLicenseActivity {
    newInstance, refreshInstance, updateInstanceStatus, releaseInstance, getLicenseAsync
}

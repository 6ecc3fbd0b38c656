package org.kgconnector.web.saas.control;

/**
 * The SaaS V2 activities of {@code POST /koogallery/saas} (docs/protocol/saas.md §5),
 * named as on the wire (the constants are the marketplace's own names); {@code orderNotify}, which every
 * address takes, is the platform's ({@code OrderNotices}).
 */
public enum SaasActivity {
    newInstance, queryInstance, refreshInstance, updateInstanceStatus, releaseInstance, upgradeInstance,
    changeInstanceCheck
}

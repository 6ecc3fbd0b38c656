package org.kgconnector.web.saas.control;

/**
 * The SaaS V1 activities of {@code GET /koogallery/saas} (docs/protocol/saas.md §6),
 * named as on the wire (the constants are the marketplace's own names).
 */
public enum LegacySaasActivity {
    newInstance, refreshInstance, expireInstance, instanceStatus, releaseInstance, upgrade, queryInstance
}

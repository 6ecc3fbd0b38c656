package org.kgconnector.web.kit.control;

/**
 * The five Kit interfaces under {@code …/produceAPI/} and {@code …/produceAPI/v2/} (docs/protocol/kit.md §3),
 * named as on the wire (the constants are the marketplace's own names).
 */
public enum KitInterface {
    tenantSync, applicationSync, authSync, singleOrgSync, allOrgSync
}

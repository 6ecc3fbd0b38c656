package org.kgconnector.persistence.outbound;

/** What a piece of outbound work does. */
public enum OutboundKind {
    /** Fetch an order line with the query-order API; subject = order id, line = order line id. */
    FETCH_ORDER,
    /** Issue (once) and upload the license of a {@code getLicenseAsync}; subject = the grant's id. */
    UPLOAD_LICENSE,
    /** Deliver an operator alert to the alert hook; subject = the cause, line = its period, payload = the body. */
    ALERT
}

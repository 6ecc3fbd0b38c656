/**
 * The inbound ledger: one row per marketplace callback, verified or not, with its outcome, timings, the
 * request body with secrets redacted, and the exact answer.
 */
package org.kgconnector.persistence.ledger;

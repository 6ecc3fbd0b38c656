/**
 * The inbound ledger: what every callback and login step sent, how its check ended and what it was answered,
 * handed to a bounded queue on the request thread and committed in batches off it ({@code LedgerQueue}).
 */
package org.kgconnector.platform.ledger;

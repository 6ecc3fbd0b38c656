/**
 * Durable outbound work: fetching an order with the query-order API and uploading a license. A job row is
 * written in the transaction that needs the call, run at once after the commit and again by a non-persistent
 * timer on every node when it is due (back-off) or was left by a dead node; one node at a time holds it.
 */
package org.kgconnector.licensing.outbound;

/**
 * Calls to the marketplace's open APIs: the durable work that makes them (claimed by one node with a lease,
 * retried with back-off, given up visibly) and the ledger row each call leaves, with its answer.
 */
package org.kgconnector.persistence.outbound;

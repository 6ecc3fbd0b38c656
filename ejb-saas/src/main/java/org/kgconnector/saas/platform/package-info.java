/**
 * What every node needs before it serves a call: the schema migrated at start-up and a
 * name for this node in leases and the ledger.
 */
package org.kgconnector.saas.platform;

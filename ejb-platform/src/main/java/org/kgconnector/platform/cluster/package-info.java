/**
 * The nodes of a cluster: named leases in the database (the work one node at a time must do, such as closing usage
 * hours, takes one), the name a node gives itself, and its heartbeat.
 */
package org.kgconnector.platform.cluster;

/**
 * Durable outbound work: a job row written in the transaction that needs the call, run at once after the commit
 * and again by a non-persistent timer on every node when it is due (back-off) or was left by a dead node; one node
 * at a time holds it under a lease. Each kind of job has its handler ({@link org.kgconnector.platform.work.OutboundWork})
 * in the module that owns the work: the platform fetches orders, licensing uploads licenses.
 */
package org.kgconnector.platform.work;

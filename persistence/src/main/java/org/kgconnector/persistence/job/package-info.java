/**
 * Durable background work. {@link org.kgconnector.persistence.job.LeasedWork} is what every kind shares (state,
 * attempts, back-off, a lease that expires when its node dies); provisioning jobs are one kind. A job row is
 * written in the transaction that records the callback, claimed by one node at a time, and retried with back-off.
 */
package org.kgconnector.persistence.job;

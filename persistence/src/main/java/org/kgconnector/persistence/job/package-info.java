/**
 * Durable provisioning jobs. A job row is written in the transaction that records the callback, claimed by
 * one node at a time with a lease that expires when the node dies, and retried with back-off.
 */
package org.kgconnector.persistence.job;

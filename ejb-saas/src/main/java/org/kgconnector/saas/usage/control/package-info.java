/**
 * Usage and its transactions: the timer that closes hours into records (one node at a time, by a database lease;
 * exactly once even without it, because each event is marked with its record under a row lock), and the pusher,
 * a handler of the platform's durable work, which sends records in batches claimed with a lease that expires if
 * the node dies.
 */
package org.kgconnector.saas.usage.control;

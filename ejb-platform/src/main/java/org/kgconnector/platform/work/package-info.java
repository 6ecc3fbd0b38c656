/**
 * The one durable-work engine of every kind of background work (provisioning, order fetches, license uploads,
 * usage pushes, license-code usage): a row written in the transaction that needs the work, claimed under a lease
 * that only its holder may finish ({@link org.kgconnector.platform.work.WorkLeases}), in order per instance where
 * a kind asks for it, retried with the kind's back-off until its attempts are spent
 * ({@link org.kgconnector.platform.work.WorkPolicy}), run at once after the commit and from one timer per node
 * ({@link org.kgconnector.platform.work.WorkRunner}) through a handler per kind
 * ({@link org.kgconnector.platform.work.DurableWork}, {@link org.kgconnector.platform.work.OutboundWork}); a callback
 * waiting for its work within the budget is woken when it finishes ({@link org.kgconnector.platform.work.WorkSignals}).
 */
package org.kgconnector.platform.work;

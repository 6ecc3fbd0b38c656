/**
 * What the web layer calls for SaaS callbacks: one method per activity, taking a validated command record and
 * answering a {@link org.kgconnector.saas.instance.boundary.CallbackOutcome}. Each call commits before it
 * returns; duplicates and retries find the first result.
 */
package org.kgconnector.saas.instance.boundary;

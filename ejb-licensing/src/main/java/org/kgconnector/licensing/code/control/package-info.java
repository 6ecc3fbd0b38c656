/**
 * The license-code state in the database (one short transaction per change, order-independent and idempotent),
 * the marketplace's license APIs and what their error codes mean for the vendor's software, and the timer that
 * sends software usage in batches.
 */
package org.kgconnector.licensing.code.control;

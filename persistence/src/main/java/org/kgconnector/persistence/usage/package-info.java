/**
 * Usage of pay-per-use instances: the vendor's events (table {@code usage_event}, written in JDBC batches, each
 * event id once) and the hourly {@link org.kgconnector.persistence.usage.UsageRecord}s pushed to the marketplace.
 * An event names the record it was counted in ({@code record_sn}), so that no event is counted twice and a late
 * event makes a new delta record instead of changing one already pushed.
 */
package org.kgconnector.persistence.usage;

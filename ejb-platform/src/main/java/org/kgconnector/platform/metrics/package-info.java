/**
 * The node's metrics, for a vendor's Prometheus to scrape (the admin address {@code /koogallery/admin/metrics}):
 * one Micrometer {@code PrometheusMeterRegistry} per node ({@link org.kgconnector.platform.metrics.ConnectorMetrics}),
 * bundled in the EAR, so the same series come from Payara, WildFly and Open Liberty alike and no server's own
 * metrics API is used. Counters observe what the rest of the platform reports — each ledger row handed over, each
 * open-API attempt, each piece of work given up — and the backlog gauges read the database at most once per
 * {@link org.kgconnector.platform.metrics.WorkBacklog#MAX_AGE}, whoever scrapes.
 */
package org.kgconnector.platform.metrics;

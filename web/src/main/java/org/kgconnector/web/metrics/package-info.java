/**
 * The scrape address of the node's metrics, {@code GET /koogallery/admin/metrics}: the Prometheus text exposition
 * format, under the admin API's security constraint (role {@code koogallery-admin}, HTTP Basic).
 */
package org.kgconnector.web.metrics;

/**
 * The operator's alert hook ({@code koogallery.alerts.webhook-url}): work given up, a usage dead letter, a burst of
 * verification failures and a marketplace that stays unreachable each raise an alert, at most one per cause and
 * period. Raising never happens on a request's time: it writes durable work — an outbound job of kind
 * {@code ALERT}, subject the cause, line the period, so the job table's unique key keeps one alert per cause and
 * period across the cluster — which the durable-work engine delivers, signed like the provisioning webhook, with its
 * retries. Without a configured hook nothing is written at all.
 */
package org.kgconnector.platform.alerts;

/**
 * Usage of pay-per-use instances: ingestion (the vendor API and the {@code spi}'s {@link
 * org.kgconnector.spi.UsageMeter}), hourly aggregation into records with deterministic {@code metering_sn}, and
 * the push to the marketplace, claimed record by record so that each is pushed by one node.
 */
package org.kgconnector.saas.usage;

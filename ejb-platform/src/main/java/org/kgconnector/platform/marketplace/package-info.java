/**
 * The marketplace's open APIs as the connector calls them: the {@code protocol} client (APIG AK/SK, strict TLS,
 * the {@code .cn} fallback) with timeouts and bounded retries, every attempt leaving a row
 * in the outbound ledger. An unreachable or failing marketplace is a {@link
 * org.kgconnector.platform.marketplace.MarketplaceUnavailable}; any business answer, refusals included, is a
 * {@link org.kgconnector.platform.marketplace.MarketplaceAnswer}.
 */
package org.kgconnector.platform.marketplace;

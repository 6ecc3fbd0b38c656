/**
 * Online License (docs/protocol/license.md §2) and the legacy License (§3): instances created by the marketplace's callbacks,
 * their orders fetched afterwards, licenses issued through the {@code spi}'s {@link org.kgconnector.spi.LicenseIssuer}
 * and, for online License, uploaded with the string/file-upload API.
 */
package org.kgconnector.licensing.online;

/**
 * License products: license codes 2.0 ({@code code}), online License and the legacy getLicense ({@code online}),
 * the marketplace's open APIs ({@code marketplace}) and the durable outbound work ({@code outbound}).
 */
package org.kgconnector.licensing;

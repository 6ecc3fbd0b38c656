/**
 * License products: license codes 2.0 ({@code code}), online License and the legacy getLicense ({@code online}).
 * The open APIs, orders and durable outbound work they use are the platform's; licensing uploads its licenses as
 * a handler of the platform's outbound work and learns of fetched orders from the platform's event.
 */
package org.kgconnector.licensing;

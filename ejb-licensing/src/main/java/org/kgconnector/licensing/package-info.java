/**
 * License products: license codes 2.0, online License and the legacy getLicense. The callbacks of this family
 * are not served yet; {@link org.kgconnector.licensing.LicensingFamily} says so to the health check.
 */
package org.kgconnector.licensing;

/**
 * License products: license codes 2.0 with the state the marketplace's callbacks and query API give them, the
 * software usage reported for them, online-License and legacy-License instances, the licenses granted to a
 * device, and the renewal orders already applied (so a retried renewal changes nothing twice).
 */
package org.kgconnector.persistence.license;

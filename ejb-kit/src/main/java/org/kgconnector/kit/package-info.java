/**
 * Joint-operation (联营) products: the five Kit syncs and the SSO broker. The callbacks of this family are not
 * served yet; {@link org.kgconnector.kit.KitFamily} says so to the health check.
 */
package org.kgconnector.kit;

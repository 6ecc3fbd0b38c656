/**
 * Joint-operation (联营) products: the five Kit syncs (served) and the SSO broker (not yet);
 * {@link org.kgconnector.kit.KitFamily} says so to the health check.
 */
package org.kgconnector.kit;

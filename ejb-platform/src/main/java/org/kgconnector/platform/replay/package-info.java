/**
 * The nonce store: each verified nonce recorded once per key, cluster-wide, by the callback's first business
 * transaction ({@code NonceFirst}, with the change and its job) or on its own when the callback changed nothing, and
 * forgotten when no window can pass it.
 */
package org.kgconnector.platform.replay;

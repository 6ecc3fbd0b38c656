/** The nonce store: each verified nonce recorded once per key, cluster-wide, and forgotten when no window can pass it. */
package org.kgconnector.platform.replay;

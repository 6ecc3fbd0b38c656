/** Nonces already used, one row per (key, nonce): the database constraint that refuses a replay on every node. */
package org.kgconnector.persistence.replay;

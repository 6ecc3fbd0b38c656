/**
 * Cryptographic primitives shared by every signature scheme: HMAC-SHA256, hex and Base64, constant-time
 * comparison, and access keys that never show their value.
 */
package org.kgconnector.protocol.crypto;

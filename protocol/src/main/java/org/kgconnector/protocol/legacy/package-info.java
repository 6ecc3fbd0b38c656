/**
 * The V1 AES scheme: {@code AES/CBC/PKCS5Padding} with a key derived through Java's SHA1PRNG from the
 * {@code legacy} access key, and a 16-character clear-text IV in front of the Base64 ciphertext.
 */
package org.kgconnector.protocol.legacy;

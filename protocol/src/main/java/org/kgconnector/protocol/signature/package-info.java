/**
 * Every signature scheme of the protocol: the V2 base signature (also license-code and orderNotify), the Kit
 * {@code x-sign}, the V1 {@code authToken}, the {@code Body-Sign} answer header, the usage-push signature and
 * the APIG {@code SDK-HMAC-SHA256} signature of outbound open-API calls. Nothing here logs or throws a key.
 */
package org.kgconnector.protocol.signature;

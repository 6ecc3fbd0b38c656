/**
 * The outbound open-API client: JDK {@code HttpClient}, APIG-signed requests, strict TLS, a fallback host
 * tried when the main one cannot be reached. It signs, sends and returns; retries belong to the caller.
 */
package org.kgconnector.protocol.client;

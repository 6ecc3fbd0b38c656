/**
 * The KooGallery wire protocol with no container behind it: what the marketplace sends, how it signs, and
 * how the connector must answer. Sub-packages hold the signature schemes, canonical JSON, the legacy V1
 * cipher, time formats, result codes and the outbound open-API client.
 */
package org.kgconnector.protocol;

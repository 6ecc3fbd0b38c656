/** The Kit sync addresses: verified by {@code x-sign} headers (V2) or the {@code authToken} header (V1), answered signed. */
package org.kgconnector.web.kit.boundary;

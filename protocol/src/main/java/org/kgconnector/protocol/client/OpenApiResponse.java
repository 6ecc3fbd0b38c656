package org.kgconnector.protocol.client;

import java.net.URI;

/** What the marketplace answered: the HTTP status, the body as text, and which host answered. */
public record OpenApiResponse(int status, String body, URI uri) {

    public boolean isHttpSuccess() {
        return status >= 200 && status < 300;
    }
}

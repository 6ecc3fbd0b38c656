package org.kgconnector.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The {@code Authorization} header value of HTTP Basic, as an operator's client sends it to the admin API. */
public final class BasicAuth {

    private BasicAuth() {
    }

    public static String header(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

package org.kgconnector.web.callback.control;

import jakarta.ws.rs.core.UriInfo;

/**
 * A request's path inside the application ({@code /saas}, {@code /license-code}, {@code /sso/login}), the same on
 * every JAX-RS implementation: {@link UriInfo#getPath()} gives it without the leading slash on Jersey (Payara,
 * WildFly's RESTEasy too) but with it on Open Liberty.
 */
public final class AddressPath {

    private AddressPath() {
    }

    /** The path with one leading slash. */
    public static String of(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    /** Whether the path lies under {@code /section/}. */
    public static boolean under(UriInfo uri, String section) {
        return of(uri).startsWith("/" + section + "/");
    }
}

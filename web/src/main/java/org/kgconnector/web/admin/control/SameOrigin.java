package org.kgconnector.web.admin.control;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.kgconnector.web.sso.control.HandOffPage;

/**
 * Whether a browser's request was started by a page of this connector: a browser that names the site that started
 * it ({@code Sec-Fetch-Site}) must name this one, an {@code Origin} must be the request's own or the public URL's
 * ({@code koogallery.public-url}, behind a balancer that terminates TLS). A script (curl, an HTTP client) sends
 * neither and passes: it is no browser another site could drive.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean of(HttpServletRequest request, Optional<String> publicUrl) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        return origin.equalsIgnoreCase(ownOrigin(request))
                || publicUrl.flatMap(HandOffPage::originOf).filter(origin::equalsIgnoreCase).isPresent();
    }

    /**
     * The origin the request was sent to, from the server name and port the container read (the {@code Host} header
     * in HTTP/1.1, {@code :authority} in HTTP/2, which has no {@code Host}), the scheme's default port left out.
     */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equalsIgnoreCase(scheme) && port == 80)
                || ("https".equalsIgnoreCase(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}

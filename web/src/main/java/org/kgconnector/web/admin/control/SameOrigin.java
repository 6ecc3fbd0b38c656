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
        String own = request.getScheme() + "://" + request.getHeader("Host");
        return origin.equalsIgnoreCase(own)
                || publicUrl.flatMap(HandOffPage::originOf).filter(origin::equalsIgnoreCase).isPresent();
    }
}

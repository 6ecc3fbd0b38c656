package org.kgconnector.web.sso.control;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Hands a logged-in user and their token to the application by an auto-submitted form POST, so that the token
 * never travels in a URL (no browser history, no {@code Referer}, no access log of the application's server). The
 * page runs one script, allowed by a fresh nonce, may post only to the application's origin, and is never cached.
 */
public final class HandOffPage {

    private static final SecureRandom RANDOM = new SecureRandom();

    private HandOffPage() {
    }

    public static Response to(String applicationUrl, String token) {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getEncoder().encodeToString(nonceBytes);
        String origin = originOf(applicationUrl).orElse("'self'");
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Signing in</title></head><body>"
                + "<form method=\"post\" action=\"" + escape(applicationUrl) + "\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">"
                + "<noscript><button type=\"submit\">Continue</button></noscript></form>"
                + "<script nonce=\"" + nonce + "\">document.forms[0].submit();</script></body></html>";
        return Response.ok(html, "text/html;charset=UTF-8")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; form-action "
                        + origin + "; base-uri 'none'; frame-ancestors 'none'")
                .build();
    }

    /** The origin ({@code scheme://host[:port]}) of an address; empty when it names none (a setting that is no URL). */
    public static Optional<String> originOf(String url) {
        try {
            URI target = new URI(url);
            return target.getScheme() == null || target.getRawAuthority() == null ? Optional.empty()
                    : Optional.of(target.getScheme() + "://" + target.getRawAuthority());
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

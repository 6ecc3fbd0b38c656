package org.kgconnector.kit.sso.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.kgconnector.kit.sso.boundary.SsoRefused;

/**
 * A tenant's identity-provider address ({@code domainName}, which the tenant sets and the marketplace signs but does
 * not vet) as the connector is willing to call it: an {@code https} origin with an optional path, no user info, query
 * or fragment, the fixed sub-paths appended to the path; and, checked when it is called, a host that resolves only
 * to public addresses. A host listed in {@code koogallery.sso.trusted-idp-hosts} (a local test identity provider)
 * may use {@code http} and any address, never another shape.
 */
public final class IdentityProviderAddress {

    private final URI base;
    private final boolean trusted;

    private IdentityProviderAddress(URI base, boolean trusted) {
        this.base = base;
        this.trusted = trusted;
    }

    /** Reads the tenant's address; a refusal says which rule it breaks. */
    public static IdentityProviderAddress of(String domainName, Set<String> trustedHosts) {
        URI uri;
        try {
            uri = new URI(domainName == null ? "" : domainName.trim());
        } catch (URISyntaxException e) {
            throw refused("is not a URL");
        }
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || host == null || host.isEmpty()) {
            throw refused("is not an absolute URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || domainName.contains("?") || domainName.contains("#")) {
            throw refused("may not carry user info, a query or a fragment");
        }
        boolean trusted = trustedHosts.contains(unbracketed(host));
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(trusted && scheme.equals("http"))) {
            throw refused("must be https");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        try {
            return new IdentityProviderAddress(new URI(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path),
                    trusted);
        } catch (URISyntaxException e) {
            throw refused("is not a URL");
        }
    }

    /** The address of a fixed sub-path (with its query), appended to the normalised path. */
    public URI at(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    /** As a browser is sent to it (the logout): the same rules, without resolving. */
    public String browserUrl(String pathAndQuery) {
        return at(pathAndQuery).toString();
    }

    /**
     * Resolves the host now, just before the call, and refuses it unless every address is public: no loopback,
     * private, link-local, unique-local, multicast or unspecified address, IPv4 or IPv6 (a trusted host excepted).
     */
    public void checkResolvesPublic() {
        if (trusted) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(unbracketed(base.getHost()));
        } catch (UnknownHostException e) {
            throw new SsoRefused("the tenant's identity provider host does not resolve", false);
        }
        for (InetAddress address : addresses) {
            if (!PublicAddresses.isPublic(address)) {
                throw refused("resolves to an address that is not public");
            }
        }
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static SsoRefused refused(String why) {
        return new SsoRefused("the tenant's identity provider address (domainName) " + why, false);
    }
}

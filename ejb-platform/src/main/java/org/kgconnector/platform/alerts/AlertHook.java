package org.kgconnector.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Where alerts go, read from the configuration at each use: the hook is set when {@code koogallery.alerts.webhook-url}
 * is an absolute {@code http} or {@code https} address with a host and no user info or fragment, and
 * {@code koogallery.alerts.webhook-secret} is set. An address that is set but unusable is reported (a WARNING) and
 * counts as unset. Like the provisioning webhook's, the address is the operator's own (it may be on a private
 * network); it is never taken from a request.
 */
@ApplicationScoped
public class AlertHook {

    private static final Logger LOG = ConnectorLog.logger(AlertHook.class);

    /** A configured hook. */
    public record Target(URI url, String secret, Duration timeout) {
    }

    @Inject
    ConnectorSettings settings;

    private volatile String reported;

    /** The hook, or empty when alerts are off. */
    public Optional<Target> target() {
        Optional<String> url = settings.alertWebhookUrl();
        Optional<String> secret = settings.alertWebhookSecret();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Optional<URI> checked = address(url.get());
        if (checked.isEmpty() || secret.isEmpty()) {
            report(url.get(), checked.isEmpty() ? "is not an absolute http(s) address with a host (and no user info)"
                    : "has no koogallery.alerts.webhook-secret to sign with");
            return Optional.empty();
        }
        return Optional.of(new Target(checked.get(), secret.get(), settings.alertWebhookTimeout()));
    }

    static Optional<URI> address(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean usable = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawFragment() == null;
            return usable ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    private void report(String url, String why) {
        if (!url.equals(reported)) {
            reported = url;
            LOG.warning(() -> "koogallery.alerts.webhook-url " + why + ": no alert is raised");
        }
    }
}

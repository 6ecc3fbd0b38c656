package org.kgconnector.kit.sso.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kgconnector.platform.config.ConnectorSettings;

/**
 * Which joint-operation applications the login serves and where each hands its users: {@code koogallery.sso.app-id}
 * (the default app id), {@code koogallery.sso.app-url} (the default hand-off address) and
 * {@code koogallery.sso.app-urls} ({@code appId=url,…}, one hand-off address per app where products differ). Read
 * at each use, so a changed setting applies without a redeploy.
 */
@ApplicationScoped
public class SsoApplications {

    static final String APP_ID = "koogallery.sso.app-id";
    static final String APP_URL = "koogallery.sso.app-url";
    static final String APP_URLS = "koogallery.sso.app-urls";

    @Inject
    ConnectorSettings settings;

    /** The app id of a login that names none: the configured one, else the only app of {@code app-urls}. */
    public Optional<String> defaultAppId() {
        return defaultAppId(perApp());
    }

    private Optional<String> defaultAppId(Map<String, String> perApp) {
        Optional<String> configured = settings.ssoAppId();
        if (configured.isPresent() || perApp.size() != 1) {
            return configured;
        }
        return Optional.of(perApp.keySet().iterator().next());
    }

    /** Where a user of the app is handed: its own address, else the default one. */
    public Optional<String> handOffUrl(String appId) {
        String own = appId == null ? null : perApp().get(appId);
        return own != null ? Optional.of(own) : settings.ssoAppUrl();
    }

    /** What keeps the login from working, in words for the operator (empty when nothing does). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, String> perApp = perApp();
        if (settings.ssoAppUrl().isEmpty() && perApp.isEmpty()) {
            problems.add(APP_URL + " (or " + APP_URLS + ") is not set: a logged-in user cannot be handed to the"
                    + " application");
        }
        if (defaultAppId(perApp).isEmpty()) {
            problems.add(APP_ID + " is not set: /koogallery/sso/login cannot name the application (use"
                    + " /koogallery/sso/login/{appId})");
        }
        entries().stream().filter(e -> !wellFormed(e))
                .forEach(entry -> problems.add(APP_URLS + " entry '" + entry + "' is not appId=url"));
        return problems;
    }

    private Map<String, String> perApp() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String entry : entries()) {
            if (wellFormed(entry)) {
                int eq = entry.indexOf('=');
                urls.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
            }
        }
        return urls;
    }

    /** {@code appId=url}, neither side empty. */
    private static boolean wellFormed(String entry) {
        int eq = entry.indexOf('=');
        return eq > 0 && eq < entry.length() - 1;
    }

    private List<String> entries() {
        return settings.ssoAppUrls().map(v -> List.of(v.split(","))).orElse(List.of()).stream().map(String::trim)
                .filter(e -> !e.isEmpty()).toList();
    }
}

package org.kgconnector.kit.sso.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.config.ConnectorSettings;

/**
 * Says at start-up, once, what keeps the joint-operation login from working, when the connector serves Kit syncs
 * ({@code koogallery.keys.kit} set): the operator reads it in the log instead of a user meeting it at the login.
 */
@Startup
@Singleton
public class SsoSettingsReport {

    private static final Logger LOG = ConnectorLog.logger(SsoSettingsReport.class);

    @Inject
    ConnectorSettings settings;

    @Inject
    SsoApplications applications;

    @PostConstruct
    void report() {
        if (settings.keys("kit").isEmpty()) {
            return;
        }
        applications.problems().forEach(problem -> LOG.warning("joint-operation login: " + problem));
    }
}

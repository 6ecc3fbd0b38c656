package org.kgconnector.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kgconnector.platform.work.WorkGivenUp;

/** Raises an alert for work given up: {@code given-up:<kind>}, or {@code dead-letter:<kind>} for usage. */
@ApplicationScoped
public class GiveUpAlerts {

    @Inject
    Alerts alerts;

    void givenUp(@Observes WorkGivenUp event) {
        AlertCause.givenUp(event.kind()).ifPresent(cause -> alerts.raise(cause,
                event.kind().settingName() + " given up: " + event.reason(), event.at()));
    }
}

package org.kgconnector.platform.alerts;

import java.time.Duration;
import java.util.Optional;
import org.kgconnector.platform.config.ConnectorSettings;

/** The alert settings of a test, as plain fields. */
class TestSettings extends ConnectorSettings {

    String url = "http://127.0.0.1:1/alerts";
    String secret = "alert-secret";
    Duration period = Duration.ofMinutes(15);
    int burst = 3;
    Duration unreachableAfter = Duration.ofMinutes(10);

    @Override
    public Optional<String> alertWebhookUrl() {
        return Optional.ofNullable(url);
    }

    @Override
    public Optional<String> alertWebhookSecret() {
        return Optional.ofNullable(secret);
    }

    @Override
    public Duration alertWebhookTimeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    public Duration alertPeriod() {
        return period;
    }

    @Override
    public int alertVerificationBurst() {
        return burst;
    }

    @Override
    public Duration alertUnreachableAfter() {
        return unreachableAfter;
    }

    /** Alerts wired to these settings, writing into {@code written} instead of the database. */
    Alerts alerts(java.util.List<Alert> written) {
        AlertHook hook = new AlertHook();
        hook.settings = this;
        Alerts alerts = new Alerts();
        alerts.hook = hook;
        alerts.settings = this;
        alerts.node = () -> "node-1";
        alerts.writer = new AlertWriter() {
            @Override
            public void write(Alert alert) {
                written.add(alert);
            }
        };
        return alerts;
    }
}

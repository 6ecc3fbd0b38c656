package org.kgconnector.platform.retention;

import java.time.Duration;

/**
 * What is trimmed, from which table, after how long by default. Only rows that nothing needs any more qualify:
 * finished work (done or given up), usage events already closed into a record that was pushed, records pushed; the
 * dead letters of usage (given up, waiting for a push again) stay.
 */
public enum RetentionRule {

    CALLBACKS("callbacks", Duration.ofDays(90), "inbound_callback", "received_at", "id", null),
    OUTBOUND_CALLS("outbound-calls", Duration.ofDays(90), "outbound_call", "called_at", "id", null),
    PROVISIONING_JOBS("finished-work", Duration.ofDays(30), "provisioning_job", "finished_at", "id",
            "state IN ('DONE', 'FAILED')"),
    OUTBOUND_JOBS("finished-work", Duration.ofDays(30), "outbound_job", "finished_at", "id", "state IN ('DONE', 'FAILED')"),
    LICENSE_USAGE("finished-work", Duration.ofDays(30), "license_usage", "finished_at", "id", "state = 'DONE'"),
    ORDER_NOTIFICATIONS("finished-work", Duration.ofDays(30), "order_notification", "received_at", "id", null),
    USAGE_RECORDS("usage", Duration.ofDays(30), "usage_record", "finished_at", "id", "state = 'DONE'"),
    USAGE_EVENTS("usage", Duration.ofDays(30), "usage_event", "received_at", "id",
            "record_sn IS NOT NULL AND NOT EXISTS (SELECT 1 FROM usage_record r WHERE r.metering_sn = usage_event.record_sn"
                    + " AND r.state <> 'DONE')"),
    V1_ANSWERS("v1-answers", Duration.ofDays(90), "answered_v1_call", "answered_at", null, null),
    /** Login sessions (joint-operation and console) a day after they ended by time (one ended by logout is gone at once). */
    LOGIN_SESSIONS("sso-sessions", Duration.ofDays(1), "browser_session", "expires_at", null, null);

    /**
     * Usage events are the memory of which event ids were taken; the marketplace takes no usage older than 21 days,
     * so an event id is never forgotten before 22 days have passed, whatever is configured.
     */
    static final Duration USAGE_AT_LEAST = Duration.ofDays(22);

    private final String setting;
    private final Duration fallback;
    private final String table;
    private final String timeColumn;
    private final String idColumn;
    private final String condition;

    RetentionRule(String setting, Duration fallback, String table, String timeColumn, String idColumn, String condition) {
        this.setting = setting;
        this.fallback = fallback;
        this.table = table;
        this.timeColumn = timeColumn;
        this.idColumn = idColumn;
        this.condition = condition;
    }

    /** The configuration name of this rule's age: {@code koogallery.retention.<setting>}. */
    public String settingName() {
        return "koogallery.retention." + setting;
    }

    public Duration fallback() {
        return fallback;
    }

    /** The age actually used: the configured one, never below what the rule needs. */
    Duration effective(Duration configured) {
        boolean usage = this == USAGE_EVENTS || this == USAGE_RECORDS;
        return usage && configured.compareTo(USAGE_AT_LEAST) < 0 ? USAGE_AT_LEAST : configured;
    }

    /** One batch of old rows ({@code ?1} the cut-off, {@code ?2} the batch size), or all of them without an id. */
    String deleteSql() {
        String old = timeColumn + " < ?1" + (condition == null ? "" : " AND " + condition);
        if (idColumn == null) {
            return "DELETE FROM " + table + " WHERE " + old;
        }
        return "DELETE FROM " + table + " WHERE " + idColumn + " IN (SELECT " + idColumn + " FROM " + table + " WHERE "
                + old + " ORDER BY " + idColumn + " FETCH FIRST ?2 ROWS ONLY)";
    }

    boolean batched() {
        return idColumn != null;
    }
}

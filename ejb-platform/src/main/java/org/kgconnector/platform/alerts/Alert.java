package org.kgconnector.platform.alerts;

import java.time.Instant;
import org.kgconnector.protocol.json.JsonText;

/**
 * One alert as the hook receives it: {@code {"cause":…,"period":…,"node":…,"detail":…,"time":…}} — what happened,
 * in which period, which node raised it, the first occurrence's detail (a reason as the admin API shows it, never a
 * secret; at most {@value #DETAIL_LENGTH} characters) and when it was raised.
 */
public record Alert(String cause, AlertPeriod period, String node, String detail, Instant time) {

    static final int DETAIL_LENGTH = 512;

    public Alert {
        detail = detail == null ? "" : detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail;
    }

    /** The body that is delivered and signed, plain ASCII. */
    public String json() {
        return JsonText.toAsciiJson(JsonText.provider().createObjectBuilder().add("cause", cause)
                .add("period", period.key()).add("node", node).add("detail", detail).add("time", time.toString())
                .build());
    }
}

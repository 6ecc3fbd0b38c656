package org.kgconnector.web.callback.control;

import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;

/**
 * A callback's body, read as JSON once and only when something needs it: the canonical signature check after the
 * raw bytes did not match, the Kit V1 check (its token is over the body's members), or the resource once verified.
 */
final class LazyBody {

    private final byte[] raw;
    private ParsedBody parsed;

    LazyBody(byte[] raw) {
        this.raw = raw;
    }

    byte[] raw() {
        return raw;
    }

    ParsedBody parsed() {
        if (parsed == null) {
            parsed = parse(raw);
        }
        return parsed;
    }

    /** The top-level {@code activity}, or null when the body is no JSON object or has none. */
    String activity() {
        return parsed().body() == null ? null : parsed().body().getString("activity", null);
    }

    private static ParsedBody parse(byte[] raw) {
        if (raw.length == 0) {
            return ParsedBody.NONE;
        }
        try {
            return new ParsedBody(JsonText.parseObject(raw), null);
        } catch (MalformedJsonException e) {
            return new ParsedBody(null, e.getMessage());
        }
    }
}

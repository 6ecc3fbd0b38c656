package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.AuthToken;
import org.kgconnector.protocol.signature.QueryParameters;
import org.kgconnector.protocol.signature.Verification;
import org.kgconnector.protocol.time.ProtocolTime;

/**
 * The V1 checks. SaaS V1 GET: {@code authToken} over the sorted query parameters with each {@code legacy} key plus
 * {@code timeStamp}, first over the raw reading of the query ({@code +} kept), then over the form reading
 * (decision 6 of docs/protocol/decisions.md). {@code timeStamp} is a string in the key, never parsed, unless
 * {@code koogallery.signature.v1-window} asks for a window (for SaaS V1 and Kit V1 alike). The parameters that
 * verified are kept for the resource, and the token, so that a replay of an answered call runs nothing
 * ({@link V1Replays}).
 */
@ApplicationScoped
public class V1SignatureVerifier {

    private static final DateTimeFormatter TIME_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS");
    /** Kit V1 sends its {@code timeStamp} in China time. */
    private static final ZoneOffset KIT_V1_ZONE = ZoneOffset.ofHours(8);

    @Inject
    ConnectorSettings settings;

    Verdict verify(ReceivedCallback received, List<AccessKey> keys) {
        Optional<Map<String, String>> raw = QueryParameters.raw(received.rawQuery());
        if (raw.isEmpty()) {
            return Verdict.refused(Verification.PARAMETERS_MISSING, ResultCode.INVALID_PARAMETER,
                    "the query string is not well-formed.");
        }
        String token = raw.get().get(AuthToken.PARAMETER);
        String timeStamp = raw.get().get(AuthToken.TIMESTAMP);
        if (timeStamp == null || timeStamp.isEmpty()) {
            return Verdict.refused(Verification.PARAMETERS_MISSING, ResultCode.INVALID_PARAMETER, "timeStamp is missing.");
        }
        if (token == null || token.isEmpty()) {
            return Verdict.refused(Verification.SIGNATURE_MISSING, ResultCode.AUTHENTICATION_FAILED, "authToken is missing.");
        }
        Optional<Duration> window = settings.v1Window();
        if (window.isPresent() && !withinWindow(timeStamp, ZoneOffset.UTC, window.get())) {
            return Verdict.refused(Verification.TIMESTAMP_OUTSIDE_WINDOW, ResultCode.INVALID_PARAMETER,
                    "timeStamp is outside the allowed window.");
        }
        for (Optional<Map<String, String>> reading : List.of(raw, QueryParameters.form(received.rawQuery()))) {
            if (reading.isEmpty()) {
                continue;
            }
            String toSign = AuthToken.stringToSign(reading.get(), false);
            for (AccessKey key : keys) {
                if (AuthToken.verify(key.value(), reading.get().get(AuthToken.TIMESTAMP), toSign,
                        reading.get().get(AuthToken.PARAMETER))) {
                    return Verdict.verifiedV1(key, reading == raw ? "QUERY_RAW" : "QUERY_FORM", reading.get(), token);
                }
            }
        }
        return Verdict.refused(Verification.SIGNATURE_MISMATCH, ResultCode.AUTHENTICATION_FAILED, "authToken is invalid.");
    }

    /**
     * The Kit V1 check: header {@code authToken} over the body's top-level members (decision 6 of docs/protocol/decisions.md), empty values
     * skipped first, then kept; {@code timeStamp} is the body's.
     */
    Verdict verifyBody(ReceivedCallback received, ParsedBody parsed, List<AccessKey> keys) {
        String token = received.header("authtoken");
        if (parsed.body() == null) {
            return Verdict.refused(Verification.PARAMETERS_MISSING, ResultCode.INVALID_PARAMETER,
                    parsed.problem() + ".");
        }
        Map<String, String> members = AuthToken.kitV1Parameters(parsed.body());
        String timeStamp = members.get(AuthToken.TIMESTAMP);
        if (timeStamp == null || timeStamp.isEmpty()) {
            return Verdict.refused(Verification.PARAMETERS_MISSING, ResultCode.INVALID_PARAMETER, "timeStamp is missing.");
        }
        if (token == null || token.isBlank()) {
            return Verdict.refused(Verification.SIGNATURE_MISSING, ResultCode.AUTHENTICATION_FAILED, "authToken is missing.");
        }
        Optional<Duration> window = settings.v1Window();
        if (window.isPresent() && !withinWindow(timeStamp, KIT_V1_ZONE, window.get())) {
            return Verdict.refused(Verification.TIMESTAMP_OUTSIDE_WINDOW, ResultCode.INVALID_PARAMETER,
                    "timeStamp is outside the allowed window.");
        }
        for (boolean skipEmpty : new boolean[] {true, false}) {
            String toSign = AuthToken.stringToSign(members, skipEmpty);
            for (AccessKey key : keys) {
                if (AuthToken.verify(key.value(), timeStamp, toSign, token.trim())) {
                    return Verdict.verifiedV1(key, skipEmpty ? "MEMBERS" : "MEMBERS_WITH_EMPTY", token.trim());
                }
            }
        }
        return Verdict.refused(Verification.SIGNATURE_MISMATCH, ResultCode.AUTHENTICATION_FAILED, "authToken is invalid.");
    }

    /** The V1 {@code timeStamp} read in its zone (UTC for SaaS V1, GMT+8 for Kit V1). */
    private static boolean withinWindow(String timeStamp, ZoneOffset zone, Duration window) {
        try {
            Instant sent = LocalDateTime.parse(timeStamp, TIME_STAMP).toInstant(zone);
            return ProtocolTime.withinWindow(sent, Instant.now(), window);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

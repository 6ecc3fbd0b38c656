package org.kgconnector.web.callback.control;

import jakarta.json.JsonObject;
import java.util.Map;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.time.Arrival;

/**
 * A callback whose signature was verified, as the resource receives it: the scheme, the key that verified it (its
 * type and id), the payload form that matched, the parsed body (JSON callbacks) or the decoded query (V1 GET
 * callbacks), whether it is a test call, and when it arrived.
 *
 * @param body       the body as a JSON object, or null when it is none ({@code bodyProblem} says why)
 * @param parameters the query parameters as the reading that verified decoded them (V1 GET), else empty
 */
public record VerifiedCallback(SignatureScheme scheme, AccessKey key, String payloadForm, JsonObject body,
                               String bodyProblem, Map<String, String> parameters, boolean test, Arrival arrival) {

    /** {@code testFlag} (JSON) or {@code testFlag} parameter (V1) is {@code 1}; the resource validates its form. */
    static boolean testFlagged(JsonObject body, Map<String, String> parameters) {
        if (body != null) {
            return body.containsKey("testFlag") && "1".equals(body.get("testFlag").toString().replace("\"", ""));
        }
        return "1".equals(parameters.get("testFlag"));
    }
}

package org.kgconnector.web.callback.control;

import jakarta.json.JsonObject;
import java.util.Map;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.time.Arrival;

/**
 * A callback whose signature was verified, as the resource receives it: the scheme, the key that verified it (its
 * type and id), the payload form that matched, the parsed body (JSON callbacks) or the decoded query (V1 GET
 * callbacks), and when it arrived. Whether it is a test call the resource reads from the body or query, where it
 * also checks the flag's form.
 *
 * @param body       the body as a JSON object, or null when it is none ({@code bodyProblem} says why)
 * @param parameters the query parameters as the reading that verified decoded them (V1 GET), else empty
 */
public record VerifiedCallback(SignatureScheme scheme, AccessKey key, String payloadForm, JsonObject body,
                               String bodyProblem, Map<String, String> parameters, Arrival arrival) {
}

package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.BodySign;

/**
 * Builds every answer to a marketplace callback: HTTP 200, JSON serialised once (ASCII, non-ASCII escaped),
 * {@code Body-Sign} over exactly those bytes with the key that verified the request (or the first key of the
 * type when none did), and the bytes kept for the ledger.
 */
@RequestScoped
public class CallbackAnswers {

    public static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    @Inject
    CallbackExchange exchange;

    @Inject
    KeyRing keyRing;

    /**
     * Answers a JSON callback: the handler gets the verified callback with its body; a body that is not a JSON
     * object, or a field the handler finds invalid ({@link InvalidCallbackException}), answers {@code 000002} with
     * the reason.
     */
    public Response forBody(Function<VerifiedCallback, Response> handler) {
        VerifiedCallback callback = exchange.verified();
        if (callback.body() == null) {
            return result(ResultCode.INVALID_PARAMETER, callback.bodyProblem() + ".");
        }
        return guarded(() -> handler.apply(callback));
    }

    /** Answers a query-string callback; an invalid parameter answers {@code 000002} with the reason. */
    public Response forQuery(Function<VerifiedCallback, Response> handler) {
        return guarded(() -> handler.apply(exchange.verified()));
    }

    private Response guarded(Supplier<Response> handler) {
        try {
            return handler.get();
        } catch (InvalidCallbackException invalid) {
            return result(ResultCode.INVALID_PARAMETER, invalid.getMessage());
        }
    }

    /** An answer with only a result code and message. */
    public Response result(ResultCode code, String message) {
        return answer(resultBuilder(code, message).build());
    }

    /** Starts an answer body with {@code resultCode} and {@code resultMsg}; add the activity's fields, then {@link #answer}. */
    public static JsonObjectBuilder resultBuilder(ResultCode code, String message) {
        return JsonText.provider().createObjectBuilder()
                .add("resultCode", code.code())
                .add("resultMsg", message == null ? code.defaultMessage() : message);
    }

    public Response answer(JsonObject body) {
        byte[] bytes = JsonText.toAsciiJson(body).getBytes(StandardCharsets.US_ASCII);
        return signed(bytes, body);
    }

    /** Exactly the answer sent before to the same call (a V1 replay), signed again. */
    Response again(byte[] bytes) {
        try {
            return signed(bytes, JsonText.parseObject(bytes));
        } catch (MalformedJsonException e) {
            throw new IllegalStateException("a kept answer is no JSON object", e);
        }
    }

    private Response signed(byte[] bytes, JsonObject body) {
        exchange.answered(new CallbackAnswer(bytes, body.getString("resultCode"), body.getString("resultMsg", null)));
        Response.ResponseBuilder response = Response.ok(bytes, CONTENT_TYPE);
        signingKey().ifPresent(key -> response.header(BodySign.HEADER, BodySign.header(key.value(), bytes)));
        return response.build();
    }

    private Optional<AccessKey> signingKey() {
        if (exchange.verifiedKey() != null) {
            return Optional.of(exchange.verifiedKey());
        }
        SignatureScheme scheme = exchange.scheme() == null ? SignatureScheme.V2_BASE : exchange.scheme();
        return keyRing.first(scheme.keyType());
    }
}

package org.kgconnector.web.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kgconnector.protocol.json.JsonText;

/**
 * The error answers of the vendor and admin APIs: {@code application/problem+json} (RFC 9457) with {@code type},
 * {@code title}, {@code status} and {@code detail}, and the detail also as {@code error}, the member the first
 * version of the vendor API answered, so that scripts written against it keep working.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response of(int status, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(json(status, detail)).build();
    }

    /** The problem document's text, for an answer written outside JAX-RS (the authentication mechanism's). */
    public static String json(int status, String detail) {
        return JsonText.toAsciiJson(body(status, detail).build());
    }

    /** The same answer as a problem document, its headers (such as {@code Allow} on a 405) kept. */
    public static Response from(Response answer, String detail) {
        int status = answer.getStatus();
        return Response.fromResponse(answer).type(MEDIA_TYPE)
                .entity(JsonText.toAsciiJson(body(status, detail).build())).build();
    }

    public static Response of(Response.Status status, String detail) {
        return of(status.getStatusCode(), detail);
    }

    /** A 400 naming every field that failed its constraint. */
    public static Response invalid(List<String> violations) {
        JsonArrayBuilder list = JsonText.provider().createArrayBuilder();
        violations.forEach(list::add);
        return Response.status(400).type(MEDIA_TYPE).entity(JsonText.toAsciiJson(
                body(400, String.join("; ", violations)).add("violations", list).build())).build();
    }

    private static JsonObjectBuilder body(int status, String detail) {
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase()
                : family == Response.Status.Family.CLIENT_ERROR ? "Bad Request" : "Error";
        String text = detail == null || detail.isBlank() ? title : detail;
        return JsonText.provider().createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", text).add("error", text);
    }
}

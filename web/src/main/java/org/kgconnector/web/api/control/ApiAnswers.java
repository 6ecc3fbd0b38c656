package org.kgconnector.web.api.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.web.problem.Problems;

/** The vendor API's answers: JSON, and errors as {@code application/problem+json} ({@link Problems}). */
public final class ApiAnswers {

    private ApiAnswers() {
    }

    public static Response ok(JsonObject body) {
        return Response.ok(JsonText.toAsciiJson(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response status(Response.Status status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonText.toAsciiJson(body)).build();
    }

    public static Response error(Response.Status status, String message) {
        return Problems.of(status, message);
    }
}

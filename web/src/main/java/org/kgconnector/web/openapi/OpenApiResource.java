package org.kgconnector.web.openapi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /koogallery/openapi.json}: the OpenAPI 3.0 document of the admin and vendor APIs, read once from the web
 * module's class path ({@value #DOCUMENT}). It is open to everyone, outside the admin API's security constraint: it
 * documents the addresses and holds no data, no configuration and no secret. Served by the connector itself, it is
 * the same on every server (a server's own MicroProfile OpenAPI endpoint differs from one to the next and does not
 * see an EAR's web module everywhere).
 */
@Path("openapi.json")
@RequestScoped
public class OpenApiResource {

    static final String DOCUMENT = "/openapi/openapi.json";

    private static final byte[] BYTES = load();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() {
        return Response.ok(BYTES, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + DOCUMENT + " is missing from the web module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

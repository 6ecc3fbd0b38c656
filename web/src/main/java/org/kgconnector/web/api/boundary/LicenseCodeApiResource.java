package org.kgconnector.web.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.kgconnector.licensing.code.boundary.CodeAnswer;
import org.kgconnector.licensing.code.boundary.LicenseCodeService;
import org.kgconnector.licensing.online.boundary.OnlineLicenses;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.web.api.control.ApiAnswers;
import org.kgconnector.web.api.control.ActivationRequest;
import org.kgconnector.web.api.control.CodeUsageRequest;
import org.kgconnector.web.api.control.VendorApi;

/**
 * The vendor software's license server: {@code POST /api/license-codes/activations} activates the codes users
 * typed in, {@code GET /api/license-codes/{license}} says whether one is usable now, {@code POST
 * /api/license-codes/{license}/usage} queues the day's software usage; {@code GET /api/license-keys} publishes
 * the key that verifies the built-in license documents. Request bodies are records checked by Bean Validation
 * ({@link ActivationRequest}, {@link CodeUsageRequest}); a failed check is a 400 problem naming each field.
 */
@Path("api")
@RequestScoped
public class LicenseCodeApiResource {

    static final int CODE_LENGTH = 64;

    @Inject
    LicenseCodeService codes;

    @Inject
    OnlineLicenses online;

    @POST
    @Path("license-codes/activations")
    @VendorApi
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response activate(@Valid @NotNull(message = "must be a JSON object") ActivationRequest request) {
        JsonArrayBuilder results = JsonText.provider().createArrayBuilder();
        codes.activate(request.distinctLicenses(), request.realEffectTime()).forEach(answer -> results.add(json(answer)));
        return ApiAnswers.ok(JsonText.provider().createObjectBuilder().add("results", results).build());
    }

    @GET
    @Path("license-codes/{license}")
    @VendorApi
    @Produces(MediaType.APPLICATION_JSON)
    public Response check(@PathParam("license") String license) {
        if (license.length() > CODE_LENGTH) {
            return ApiAnswers.error(Response.Status.BAD_REQUEST, "a license code has at most 64 characters.");
        }
        Optional<CodeAnswer> answer = codes.check(license);
        if (answer.isEmpty()) {
            return ApiAnswers.error(Response.Status.NOT_FOUND, "neither the connector nor the marketplace knows "
                    + "this code.");
        }
        if ("UNKNOWN".equals(answer.get().state())) {
            return ApiAnswers.status(Response.Status.SERVICE_UNAVAILABLE, json(answer.get()));
        }
        return ApiAnswers.ok(json(answer.get()));
    }

    @POST
    @Path("license-codes/{license}/usage")
    @VendorApi
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response usage(@PathParam("license") String license,
                          @Valid @NotNull(message = "must be a JSON object") CodeUsageRequest request) {
        Optional<Integer> queued = license.length() > CODE_LENGTH ? Optional.empty()
                : codes.reportUsage(license, request.distinctClientIds(), request.activeClients());
        if (queued.isEmpty()) {
            return ApiAnswers.error(Response.Status.NOT_FOUND, "the connector does not know this code; activate it first.");
        }
        return ApiAnswers.status(Response.Status.ACCEPTED,
                JsonText.provider().createObjectBuilder().add("queued", queued.get()).build());
    }

    /** The public key of the built-in license documents, as a JSON Web Key Set (no token needed). */
    @GET
    @Path("license-keys")
    @Produces(MediaType.APPLICATION_JSON)
    public Response licenseKeys() {
        return ApiAnswers.ok(online.licenseKeys());
    }

    private static JsonObject json(CodeAnswer answer) {
        JsonObjectBuilder json = JsonText.provider().createObjectBuilder().add("license", answer.license())
                .add("usable", answer.usable()).add("state", answer.state());
        if (answer.verdict() != null) {
            json.add("outcome", answer.verdict().name());
        }
        if (answer.expireTime() != null) {
            json.add("expireTime", answer.expireTime().toString());
        }
        if (answer.confirmedAt() != null) {
            json.add("confirmedAt", answer.confirmedAt().toString());
        }
        json.add("stale", answer.stale()).add("message", answer.message());
        return json.build();
    }
}

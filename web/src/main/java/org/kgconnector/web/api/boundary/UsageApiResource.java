package org.kgconnector.web.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.saas.usage.boundary.UsageIngestion;
import org.kgconnector.spi.UsageEvent;
import org.kgconnector.spi.UsageMeter;
import org.kgconnector.spi.UsageReceipt;
import org.kgconnector.web.api.control.ApiAnswers;
import org.kgconnector.web.api.control.ApiRequests;
import org.kgconnector.web.api.control.UsageReport;
import org.kgconnector.web.api.control.VendorApi;

/**
 * {@code POST /koogallery/api/usage}: the vendor's product reports usage, {@code {"events":[{"id","instanceId",
 * "quantity","time","packageInstanceId"}]}} (at most 1000 events). The answer says how many were accepted, how many
 * repeated earlier ids, and which were rejected and why; an event that cannot even be read is rejected, not the batch.
 */
@Path("api/usage")
@RequestScoped
public class UsageApiResource {

    @Inject
    UsageMeter meter;

    @POST
    @VendorApi
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@Valid @NotNull(message = "must be a JSON object") UsageReport report) {
        List<UsageEvent> readable = new ArrayList<>();
        List<UsageReceipt.Rejected> unreadable = new ArrayList<>();
        for (JsonValue value : report.events()) {
            try {
                readable.add(event(value));
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException invalid) {
                unreadable.add(new UsageReceipt.Rejected(value instanceof JsonObject o ? o.getString("id", null) : null,
                        invalid.getMessage()));
            }
        }
        UsageReceipt receipt = readable.isEmpty() ? new UsageReceipt(0, 0, List.of()) : meter.report(readable);
        JsonArrayBuilder rejected = JsonText.provider().createArrayBuilder();
        List<UsageReceipt.Rejected> all = new ArrayList<>(unreadable);
        all.addAll(receipt.rejected());
        for (UsageReceipt.Rejected r : all) {
            rejected.add(r.id() == null ? JsonText.provider().createObjectBuilder().addNull("id").add("reason", r.reason())
                    : JsonText.provider().createObjectBuilder().add("id", r.id()).add("reason", r.reason()));
        }
        return ApiAnswers.ok(JsonText.provider().createObjectBuilder().add("accepted", receipt.accepted())
                .add("duplicates", receipt.duplicates()).add("rejected", rejected).build());
    }

    private static UsageEvent event(JsonValue value) {
        if (!(value instanceof JsonObject event)) {
            throw new IllegalArgumentException("an event must be a JSON object");
        }
        JsonValue amount = event.get("quantity");
        BigDecimal quantity;
        if (amount instanceof JsonNumber n) {
            quantity = n.bigDecimalValue();
        } else if (amount instanceof JsonString s && s.getString().length() <= JsonText.MAX_NUMBER_LENGTH) {
            quantity = new BigDecimal(s.getString());
        } else {
            throw new IllegalArgumentException("quantity must be a number");
        }
        String time = ApiRequests.text(event, "time", 40);
        if (time == null) {
            throw new IllegalArgumentException("time is missing (ISO-8601, for example 2026-11-22T10:15:00Z)");
        }
        return new UsageEvent(ApiRequests.text(event, "id", 128), ApiRequests.text(event, "instanceId", 64), quantity,
                Instant.parse(time), ApiRequests.text(event, "packageInstanceId", 64));
    }
}

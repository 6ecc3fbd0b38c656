package org.kgconnector.web.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.kgconnector.platform.admin.WorkCommands;
import org.kgconnector.platform.admin.WorkCommands.JobKind;
import org.kgconnector.platform.admin.WorkQueries;
import org.kgconnector.platform.admin.WorkState;
import org.kgconnector.saas.usage.boundary.UsageDeadLetters;
import org.kgconnector.web.admin.control.AdminParameters;
import org.kgconnector.web.admin.control.Paged;
import org.kgconnector.web.problem.Problems;

/**
 * The durable work for the operator: provisioning jobs ({@code jobs}), outbound jobs ({@code outbound-jobs}: order
 * fetches, license uploads) and the open-API calls they made ({@code outbound-calls}), usage records
 * ({@code usage-records}); with <em>retry now</em> and <em>give up</em> for jobs and <em>push again</em> for a usage
 * dead letter.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

    static final String STATES = "PENDING|DONE|FAILED";
    static final String STATES_MESSAGE = "must be PENDING, DONE or FAILED";

    @Inject
    WorkQueries queries;

    @Inject
    WorkCommands commands;

    @Inject
    UsageDeadLetters usage;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    /** Provisioning jobs in a state: {@code PENDING}, {@code DONE} or {@code FAILED} (given up). */
    @GET
    @Path("jobs")
    public Response jobs(@QueryParam("state") @DefaultValue("FAILED") @Pattern(regexp = STATES,
            flags = Pattern.Flag.CASE_INSENSITIVE, message = STATES_MESSAGE) String state,
                         @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") int limit) {
        return Paged.answer(queries.jobs(workState(state), Paged.afterId(after).orElse(null), limit), uri);
    }

    @POST
    @Path("jobs/{id}/retry")
    public Response retryJob(@PathParam("id") long id) {
        return answer(commands.retryNow(JobKind.PROVISIONING, id, operator()), "provisioning job", id);
    }

    @POST
    @Path("jobs/{id}/give-up")
    public Response giveUpJob(@PathParam("id") long id) {
        return answer(commands.giveUp(JobKind.PROVISIONING, id, operator()), "provisioning job", id);
    }

    /** Outbound jobs of a {@code kind} ({@code FETCH_ORDER}, {@code UPLOAD_LICENSE}; none: every kind) in a state. */
    @GET
    @Path("outbound-jobs")
    public Response outboundJobs(@QueryParam("kind") String kind, @QueryParam("state") @DefaultValue("FAILED") @Pattern(
            regexp = STATES, flags = Pattern.Flag.CASE_INSENSITIVE, message = STATES_MESSAGE) String state,
                                 @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") int limit) {
        String known = String.join(", ", WorkQueries.OUTBOUND_KINDS);
        return Paged.answer(queries.outboundJobs(AdminParameters.lookedUp("kind", kind, k -> WorkQueries.OUTBOUND_KINDS
                        .stream().filter(k::equalsIgnoreCase).findFirst(), known),
                workState(state), Paged.afterId(after).orElse(null), limit), uri);
    }

    @POST
    @Path("outbound-jobs/{id}/retry")
    public Response retryOutbound(@PathParam("id") long id) {
        return answer(commands.retryNow(JobKind.OUTBOUND, id, operator()), "outbound job", id);
    }

    @POST
    @Path("outbound-jobs/{id}/give-up")
    public Response giveUpOutbound(@PathParam("id") long id) {
        return answer(commands.giveUp(JobKind.OUTBOUND, id, operator()), "outbound job", id);
    }

    /** The calls to the marketplace's open API, of one {@code api} and {@code outcome} (SUCCESS, REJECTED, UNAVAILABLE). */
    @GET
    @Path("outbound-calls")
    public Response outboundCalls(@QueryParam("api") String api, @QueryParam("outcome") @Pattern(
            regexp = "SUCCESS|REJECTED|UNAVAILABLE", message = "must be SUCCESS, REJECTED or UNAVAILABLE") String outcome,
                                  @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") int limit) {
        return Paged.answer(queries.outboundCalls(AdminParameters.text(api), AdminParameters.text(outcome),
                Paged.afterId(after).orElse(null), limit), uri);
    }

    /**
     * Usage records in a state, newest first: {@code FAILED} (default) are the dead letters — refused or abnormal
     * for the marketplace, or past its 21-day limit — with the reason; {@code PENDING} wait; {@code DONE} were pushed.
     */
    @GET
    @Path("usage-records")
    public Response usageRecords(@QueryParam("state") @DefaultValue("FAILED") @Pattern(regexp = STATES,
            flags = Pattern.Flag.CASE_INSENSITIVE, message = STATES_MESSAGE) String state,
                                 @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") int limit) {
        return Paged.answer(queries.usageRecords(workState(state), Paged.afterId(after).orElse(null), limit), uri);
    }

    /** Puts a dead letter back in line, once its cause is corrected: the same record, value and metering_sn. */
    @POST
    @Path("usage-records/{id}/repush")
    public Response repush(@PathParam("id") long id) {
        if (!usage.repush(id)) {
            throw new NotFoundException("no dead-letter usage record " + id);
        }
        return Response.accepted().build();
    }

    private String operator() {
        return security.getUserPrincipal().getName();
    }

    private static Response answer(WorkCommands.Outcome outcome, String what, long id) {
        return switch (outcome) {
            case DONE -> Response.accepted().build();
            case NOT_FOUND -> throw new NotFoundException("no " + what + " " + id);
            case CONFLICT -> Problems.of(409, "the " + what + " " + id + " is finished, held by a node, or overtaken by a"
                    + " later job of its instance");
        };
    }

    private static WorkState workState(String state) {
        return WorkState.valueOf(state.toUpperCase(Locale.ROOT));
    }
}

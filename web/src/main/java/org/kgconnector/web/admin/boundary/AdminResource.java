package org.kgconnector.web.admin.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.kgconnector.platform.admin.AdminQueries;
import org.kgconnector.platform.admin.Views;
import org.kgconnector.platform.admin.WorkState;
import org.kgconnector.saas.usage.boundary.UsageDeadLetters;
import org.kgconnector.web.admin.control.AdminIdentityStore;
import org.kgconnector.web.health.ConnectorStatus;

/**
 * {@code /koogallery/admin}: what happened, for the operator; errors are {@code application/problem+json}. Protected by the {@code WEB-INF/web.xml} security
 * constraint (role {@code koogallery-admin}, HTTP Basic over the users of {@code koogallery.admin.users}).
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@DeclareRoles(AdminIdentityStore.ROLE)
@BasicAuthenticationMechanismDefinition(realmName = "koogallery-admin")
public class AdminResource {

    static final String STATES = "PENDING|DONE|FAILED";
    static final String STATES_MESSAGE = "must be PENDING, DONE or FAILED";

    @Inject
    AdminQueries queries;

    @Inject
    UsageDeadLetters usage;

    @Inject
    ConnectorStatus status;

    /** The answering node's status: schema, families, ledger backlog, database. */
    @GET
    @Path("status")
    public NodeStatus status() {
        return NodeStatus.of(status);
    }

    /** Instances of every protocol version, newest first. */
    @GET
    @Path("instances")
    public List<Views.InstanceView> instances(@QueryParam("limit") @DefaultValue("50") int limit) {
        return queries.instances(limit);
    }

    /** One instance with its jobs and its callbacks. */
    @GET
    @Path("instances/{id}")
    public Views.InstanceDetail instance(@PathParam("id") String instanceId) {
        return queries.instance(instanceId).orElseThrow(() -> new NotFoundException("no instance " + instanceId));
    }

    /** Provisioning jobs in a state: {@code PENDING}, {@code DONE} or {@code FAILED} (given up). */
    @GET
    @Path("jobs")
    public List<Views.JobView> jobs(@QueryParam("state") @DefaultValue("FAILED") @Pattern(regexp = STATES,
            flags = Pattern.Flag.CASE_INSENSITIVE, message = STATES_MESSAGE) String state,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        return queries.jobs(workState(state), limit);
    }

    /**
     * Usage records in a state, newest first: {@code FAILED} (default) are the dead letters — refused or abnormal
     * for the marketplace, or past its 21-day limit — with the reason; {@code PENDING} wait; {@code DONE} were pushed.
     */
    @GET
    @Path("usage-records")
    public List<Views.UsageRecordView> usageRecords(@QueryParam("state") @DefaultValue("FAILED") @Pattern(
            regexp = STATES, flags = Pattern.Flag.CASE_INSENSITIVE, message = STATES_MESSAGE) String state,
                                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        return queries.usageRecords(workState(state), limit);
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

    private static WorkState workState(String state) {
        return WorkState.valueOf(state.toUpperCase(Locale.ROOT));
    }

    /** The inbound ledger, newest first. */
    @GET
    @Path("callbacks")
    public List<Views.CallbackView> callbacks(@QueryParam("limit") @DefaultValue("50") int limit) {
        return queries.callbacks(limit);
    }
}

package org.kgconnector.platform.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.job.LeasedWork;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Records how an attempt ended, for every kind and every store: {@link WorkLeases#finish} with the kind's policy, and
 * a {@link WorkGivenUp} event when that gives the work up. A failing observer never fails the recording.
 */
@ApplicationScoped
public class WorkFinish {

    private static final Logger LOG = ConnectorLog.logger(WorkFinish.class);

    @Inject
    WorkPolicy policy;

    @Inject
    Event<WorkGivenUp> givenUp;

    /** @return false, changing nothing, when {@code owner} no longer holds the lease (see {@link WorkLeases#finish}) */
    public boolean record(LeasedWork work, String owner, WorkOutcome outcome, WorkKind kind, Instant now) {
        JobState before = work.getState();
        boolean recorded = WorkLeases.finish(work, owner, outcome, kind, policy, now);
        if (recorded && before != JobState.FAILED && work.getState() == JobState.FAILED) {
            try {
                givenUp.fire(new WorkGivenUp(kind, work.getLastError(), now));
            } catch (RuntimeException observerFailed) {
                LOG.log(Level.WARNING, "a give-up of " + kind.settingName() + " work could not be reported", observerFailed);
            }
        }
        return recorded;
    }
}

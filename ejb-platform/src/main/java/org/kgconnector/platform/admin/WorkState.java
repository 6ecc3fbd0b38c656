package org.kgconnector.platform.admin;

import org.kgconnector.persistence.job.JobState;

/** The state of durable work as the operator filters it: waiting, done, or given up. */
public enum WorkState {
    PENDING(JobState.PENDING),
    DONE(JobState.DONE),
    FAILED(JobState.FAILED);

    private final JobState stored;

    WorkState(JobState stored) {
        this.stored = stored;
    }

    JobState stored() {
        return stored;
    }
}

package org.kgconnector.persistence.job;

/** Where a job stands: waiting (possibly leased by a node), finished, or given up and shown to the operator. */
public enum JobState {
    PENDING, DONE, FAILED
}

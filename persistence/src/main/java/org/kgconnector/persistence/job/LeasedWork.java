package org.kgconnector.persistence.job;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;

/**
 * The bookkeeping every piece of durable background work shares: its state, the attempts made, when it is due
 * again, which node holds it until when (a lease that expires when the node dies) and the last error.
 * Claiming is a conditional {@code UPDATE … WHERE lease expired}, so exactly one node runs an attempt.
 */
@MappedSuperclass
public abstract class LeasedWork {

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private JobState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 128)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected LeasedWork() {
    }

    protected LeasedWork(Instant now) {
        this.state = JobState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void done(Instant now) {
        this.attempts++;
        this.state = JobState.DONE;
        this.finishedAt = now;
        this.leaseOwner = null;
        this.leaseUntil = null;
        this.lastError = null;
    }

    /** Records a failed attempt: retried after {@code backOff}, or given up once {@code maxAttempts} is reached. */
    public void attemptFailed(String error, int maxAttempts, Duration backOff, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(255, error.length()));
        this.leaseOwner = null;
        this.leaseUntil = null;
        if (attempts >= maxAttempts) {
            this.state = JobState.FAILED;
            this.finishedAt = now;
        } else {
            this.nextAttemptAt = now.plus(backOff);
        }
    }

    public void refused(String error, Instant now) {
        attemptFailed(error, 0, Duration.ZERO, now);
    }

    /** Puts work that was given up back in line, as an operator does after correcting its cause. */
    public void retryNow(Instant now) {
        this.state = JobState.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.finishedAt = null;
    }

    /**
     * Whether {@code owner} holds the lease of this work, the only one who may finish it: even once its time has
     * run out, as long as no other node has taken the work over.
     */
    public boolean heldBy(String owner) {
        return owner != null && owner.equals(leaseOwner);
    }

    public JobState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}

package org.kgconnector.platform.work;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.job.LeasedWork;
import org.kgconnector.persistence.job.NodeIdentity;

/**
 * Claiming and finishing one piece of durable work, the same for every kind: a claim is a conditional update that
 * only one node can win (due, pending, no live lease, and, for work kept in order, no older pending work of the
 * same subject); only the holder of the lease may record how the attempt ended.
 */
public final class WorkLeases {

    /** How long a claim lasts: a node that dies holding work loses it after this. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    /**
     * How long new work is left to the node that wrote it (it runs it at once after the commit, and its callback
     * waits for it there) before any node's timer may take it: a timer elsewhere would finish it where the waiting
     * callback is not woken.
     */
    public static final Duration LEFT_TO_ITS_WRITER = Duration.ofSeconds(3);

    private WorkLeases() {
    }

    /** A lease name of this node, unique per claim, so that two threads of one node never share a lease. */
    public static String newOwner() {
        return NodeIdentity.name() + "/" + UUID.randomUUID();
    }

    /**
     * Takes the work for {@code owner} if it is due and free.
     *
     * @param inOrderOf the attribute whose older pending work must be done first (for example {@code instanceId}),
     *                  or null when the work of a kind may run in any order
     */
    public static boolean claim(EntityManager em, Class<? extends LeasedWork> type, long id, String owner,
                                Duration lease, String inOrderOf) {
        Instant now = Instant.now();
        return em.createQuery("update " + type.getSimpleName() + " j set j.leaseOwner = :owner, j.leaseUntil = :until"
                        + " where j.id = :id and " + free("j", type, inOrderOf))
                .setParameter("owner", owner).setParameter("until", now.plus(lease)).setParameter("id", id)
                .setParameter("now", now).setParameter("pending", JobState.PENDING).executeUpdate() == 1;
    }

    /**
     * The ids of due, free work of the type for a timer, the longest waiting first; work not yet tried is left to
     * the node that wrote it for {@link #LEFT_TO_ITS_WRITER}.
     */
    public static List<Long> due(EntityManager em, Class<? extends LeasedWork> type, int limit, String inOrderOf) {
        Instant now = Instant.now();
        return em.createQuery("select j.id from " + type.getSimpleName() + " j where " + free("j", type, inOrderOf)
                        + " and (j.attempts > 0 or j.createdAt < :fresh) order by j.nextAttemptAt", Long.class)
                .setParameter("now", now).setParameter("pending", JobState.PENDING)
                .setParameter("fresh", now.minus(LEFT_TO_ITS_WRITER)).setMaxResults(limit).getResultList();
    }

    private static String free(String j, Class<? extends LeasedWork> type, String inOrderOf) {
        String free = j + ".state = :pending and " + j + ".nextAttemptAt <= :now and (" + j + ".leaseUntil is null or "
                + j + ".leaseUntil < :now)";
        return inOrderOf == null ? free : free + " and not exists (select o.id from " + type.getSimpleName() + " o"
                + " where o." + inOrderOf + " = " + j + "." + inOrderOf + " and o.id < " + j + ".id"
                + " and o.state = :pending)";
    }

    /**
     * Records how the attempt of {@code owner} ended: done; retried after the kind's back-off, or given up once its
     * attempts are spent; or given up at once.
     *
     * @return false, changing nothing, when {@code owner} no longer holds the lease (it expired and another node
     *         took the work): the holder records its own attempt
     */
    public static boolean finish(LeasedWork work, String owner, WorkOutcome outcome, WorkKind kind, WorkPolicy policy,
                                 Instant now) {
        if (!work.heldBy(owner)) {
            return false;
        }
        switch (outcome.kind()) {
            case DONE -> work.done(now);
            case RETRY -> work.attemptFailed(outcome.message(), policy.maxAttempts(kind),
                    policy.backOff(kind, work.getAttempts() + 1), now);
            case GIVE_UP -> work.refused(outcome.message(), now);
            default -> throw new IllegalStateException("unknown outcome " + outcome.kind());
        }
        return true;
    }
}

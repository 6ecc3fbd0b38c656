package org.kgconnector.platform.work;

/**
 * The handler of one kind of durable work, an EJB of the module that owns it ({@code @Local(DurableWork.class)}
 * beside its own view). The platform's {@link WorkRunner} calls every handler from its one timer on every node;
 * the handler claims what is due through {@link WorkLeases} or {@link BatchClaim} and records the outcomes with
 * {@link WorkFinish#record} (a batch of usage records that went through is marked done in one statement that
 * checks the same lease), so claiming, back-off and finishing are the same for every kind.
 */
public interface DurableWork {

    /** Runs the work of this kind that is due now (retries after back-off, work left by a dead node). */
    void runDue();
}

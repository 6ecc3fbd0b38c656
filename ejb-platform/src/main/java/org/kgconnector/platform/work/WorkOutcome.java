package org.kgconnector.platform.work;

/**
 * How an attempt at durable work ended, for every kind of work: done; worth another attempt after a back-off; or
 * given up (refused for good, an operator has to look), with the reason.
 */
public record WorkOutcome(Kind kind, String message) {

    /** Done, worth another attempt later, or given up. */
    public enum Kind { DONE, RETRY, GIVE_UP }

    public static WorkOutcome done() {
        return new WorkOutcome(Kind.DONE, null);
    }

    public static WorkOutcome retry(String why) {
        return new WorkOutcome(Kind.RETRY, why);
    }

    public static WorkOutcome giveUp(String why) {
        return new WorkOutcome(Kind.GIVE_UP, why);
    }

}

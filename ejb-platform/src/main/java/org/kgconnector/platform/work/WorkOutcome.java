package org.kgconnector.platform.work;

/**
 * How an attempt at durable work ended, for every kind of work: done; worth another attempt after a back-off; or
 * given up (refused for good, an operator has to look), with the result code a waiting callback answers.
 */
public record WorkOutcome(Kind kind, String message, String resultCode) {

    /** Done, worth another attempt later, or given up. */
    public enum Kind { DONE, RETRY, GIVE_UP }

    public static WorkOutcome done() {
        return new WorkOutcome(Kind.DONE, null, null);
    }

    public static WorkOutcome retry(String why) {
        return new WorkOutcome(Kind.RETRY, why, null);
    }

    public static WorkOutcome giveUp(String why) {
        return new WorkOutcome(Kind.GIVE_UP, why, null);
    }

    /** Given up with the result code the marketplace is answered (a provisioner's refusal, for example 000100). */
    public static WorkOutcome giveUp(String resultCode, String why) {
        return new WorkOutcome(Kind.GIVE_UP, why, resultCode);
    }
}

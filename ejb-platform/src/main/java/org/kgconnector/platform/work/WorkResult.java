package org.kgconnector.platform.work;

/** How an attempt at outbound work ended. */
public record WorkResult(Kind kind, String message) {

    /** Done, worth another attempt later, or refused for good (an operator has to look). */
    public enum Kind { DONE, RETRY, GIVE_UP }

    public static WorkResult done() {
        return new WorkResult(Kind.DONE, null);
    }

    public static WorkResult retry(String why) {
        return new WorkResult(Kind.RETRY, why);
    }

    public static WorkResult giveUp(String why) {
        return new WorkResult(Kind.GIVE_UP, why);
    }
}

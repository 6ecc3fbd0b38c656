package org.kgconnector.web.callback.control;

import java.util.function.Supplier;

/**
 * The marketplace's vocabulary (activities, Kit interfaces) as enums whose constants are named exactly as the
 * marketplace names them on the wire, so that a switch over them is checked by the compiler.
 */
public final class WireName {

    private WireName() {
    }

    /**
     * The constant the marketplace's name stands for.
     *
     * @throws InvalidCallbackException with {@code unknown}'s message (answered {@code 000002}) when none does
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String wire, Supplier<String> unknown) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wire)) {
                return constant;
            }
        }
        throw new InvalidCallbackException(unknown.get());
    }

    /** An activity of the address. */
    public static <E extends Enum<E>> E activity(Class<E> type, String wire) {
        return parse(type, wire, () -> "activity " + wire + " is not known at this address.");
    }
}

package org.kgconnector.web.callback.control;

import java.math.BigDecimal;
import java.util.Map;

/** Reads and validates the parameters of a V1 query string; every problem is an {@link InvalidCallbackException}. */
public final class QueryFields {

    private final Map<String, String> parameters;

    public QueryFields(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public String required(String name, int maxLength) {
        String value = optional(name, maxLength);
        if (value == null) {
            throw new InvalidCallbackException(name + " is missing.");
        }
        return value;
    }

    /** The value, or null when absent or empty. */
    public String optional(String name, int maxLength) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidCallbackException(name + " is longer than " + maxLength + " characters.");
        }
        return value;
    }

    /** A whole number of at most {@code digits} digits, or null when absent. */
    public String integer(String name, int digits) {
        String value = optional(name, digits);
        if (value != null && !value.chars().allMatch(Character::isDigit)) {
            throw new InvalidCallbackException(name + " must be a whole number.");
        }
        return value;
    }

    /** A decimal amount, negative allowed (a renewal cancellation), or null when absent. */
    public BigDecimal decimal(String name) {
        String value = optional(name, 20);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidCallbackException(name + " must be a decimal number.");
        }
    }

    /** {@code testFlag}: {@code 1} is a test call; absent or {@code 0} a real one. */
    public boolean testFlag() {
        String value = optional("testFlag", 2);
        if (value == null || value.equals("0")) {
            return false;
        }
        if (value.equals("1")) {
            return true;
        }
        throw new InvalidCallbackException("testFlag must be 0 or 1.");
    }
}

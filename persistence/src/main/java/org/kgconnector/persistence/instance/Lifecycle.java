package org.kgconnector.persistence.instance;

/** Where an instance stands for the buyer. */
public enum Lifecycle {
    ACTIVE, FROZEN, RELEASED
}

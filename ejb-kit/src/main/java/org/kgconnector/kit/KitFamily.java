package org.kgconnector.kit;

import jakarta.ejb.Singleton;

/** Reports whether this product family serves its callbacks yet. */
@Singleton
public class KitFamily {

    public String name() {
        return "kit";
    }

    /** False until the Kit sync addresses and the SSO broker are served. */
    public boolean serving() {
        return false;
    }
}

package org.kgconnector.kit;

import jakarta.ejb.Singleton;

/** Reports whether this product family serves its callbacks yet. */
@Singleton
public class KitFamily {

    public String name() {
        return "kit";
    }

    /** The five Kit syncs are served (V1 and V2); the SSO broker is not yet. */
    public boolean serving() {
        return true;
    }
}

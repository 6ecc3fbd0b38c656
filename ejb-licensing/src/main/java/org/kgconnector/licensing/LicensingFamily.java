package org.kgconnector.licensing;

import jakarta.ejb.Singleton;

/** Reports whether this product family serves its callbacks yet. */
@Singleton
public class LicensingFamily {

    public String name() {
        return "licensing";
    }

    /** The license-code, online License and legacy License addresses are served. */
    public boolean serving() {
        return true;
    }
}

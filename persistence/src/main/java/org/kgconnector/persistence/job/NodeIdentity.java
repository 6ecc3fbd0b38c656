package org.kgconnector.persistence.job;

import java.util.UUID;

/** The name this JVM gives itself in job leases and ledger rows: server instance name plus a random suffix. */
public final class NodeIdentity {

    private static final String NAME = System.getProperty("com.sun.aas.instanceName", "node") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private NodeIdentity() {
    }

    public static String name() {
        return NAME;
    }
}

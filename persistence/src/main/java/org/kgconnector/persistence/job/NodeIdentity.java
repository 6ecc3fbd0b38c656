package org.kgconnector.persistence.job;

import java.util.UUID;
import org.kgconnector.persistence.node.ServerHome;

/**
 * The name this JVM gives itself in job leases and ledger rows: the node's name ({@link ServerHome#nodeName()}) plus a
 * random suffix, so that a restarted node never mistakes the leases of its previous run for its own.
 */
public final class NodeIdentity {

    private static final String NAME = ServerHome.nodeName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    private NodeIdentity() {
    }

    public static String name() {
        return NAME;
    }
}

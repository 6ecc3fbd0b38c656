package org.kgconnector.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import org.kgconnector.persistence.job.NodeIdentity;

/** The name this node gives itself in leases and ledger rows ({@code koogallery.node-name} plus a random suffix). */
@ApplicationScoped
public class ThisNode {

    public String name() {
        return NodeIdentity.name();
    }
}

package org.kgconnector.persistence.node;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A node's last sign of life: which version it runs, since when, and when it was last seen. */
@Entity
@Table(name = "node_heartbeat")
public class NodeHeartbeat {

    @Id
    @Column(name = "node", length = 128)
    private String node;

    @Column(name = "version", length = 64)
    private String version;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected NodeHeartbeat() {
    }

    public NodeHeartbeat(String node, String version, Instant startedAt, Instant seenAt) {
        this.node = node;
        this.version = version;
        this.startedAt = startedAt;
        this.seenAt = seenAt;
    }

    public void seen(Instant now) {
        this.seenAt = now;
    }

    public String getNode() {
        return node;
    }

    public String getVersion() {
        return version;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}

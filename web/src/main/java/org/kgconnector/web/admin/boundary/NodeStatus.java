package org.kgconnector.web.admin.boundary;

import java.util.Map;
import org.kgconnector.platform.schema.DatabaseProbe;
import org.kgconnector.web.health.ConnectorStatus;

/**
 * {@code GET /koogallery/admin/status}: the answering node's status, the same on every server (what the
 * MicroProfile Health checks report, where the server finds them).
 *
 * @param node          the node's name in leases and ledger rows
 * @param schema        the schema version in force, {@code null} before the migration ran
 * @param families      each product family's state and the login's settings
 * @param ledgerBacklog ledger rows handed over but not yet committed
 * @param databaseUp    whether the pool hands out a valid connection
 * @param database      the database product, or why there is no connection
 */
public record NodeStatus(String node, String schema, Map<String, String> families, long ledgerBacklog,
        boolean databaseUp, String database) {

    static NodeStatus of(ConnectorStatus status) {
        DatabaseProbe.State database = status.database();
        return new NodeStatus(status.node(), status.schemaVersion(), status.families(), status.ledgerBacklog(),
                database.up(), database.detail());
    }
}

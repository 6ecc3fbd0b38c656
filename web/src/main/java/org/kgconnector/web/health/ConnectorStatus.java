package org.kgconnector.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kgconnector.kit.KitFamily;
import org.kgconnector.kit.sso.boundary.SingleSignOn;
import org.kgconnector.licensing.LicensingFamily;
import org.kgconnector.platform.cluster.ThisNode;
import org.kgconnector.platform.ledger.LedgerQueue;
import org.kgconnector.platform.schema.DatabaseProbe;
import org.kgconnector.platform.schema.SchemaMigrationStartup;

/**
 * What this node says about itself: the schema, which product families serve their callbacks, what keeps the
 * joint-operation login from working, how many ledger rows are handed over but not yet committed, and whether the
 * database answers. The MicroProfile Health checks report it, and so does {@code GET /koogallery/admin/status}
 * on every server (WildFly's MicroProfile Health does not find checks in an EAR's web module).
 */
@ApplicationScoped
public class ConnectorStatus {

    @Inject
    SchemaMigrationStartup schema;

    @Inject
    LicensingFamily licensing;

    @Inject
    KitFamily kit;

    @Inject
    SingleSignOn sso;

    @Inject
    LedgerQueue ledger;

    @Inject
    DatabaseProbe database;

    @Inject
    ThisNode node;

    /** The schema version in force, or {@code null} before the migration ran. */
    public String schemaVersion() {
        return schema.version();
    }

    /** Each family's state: {@code serving} or {@code not yet}, and the login's settings. */
    public Map<String, String> families() {
        Map<String, String> families = new LinkedHashMap<>();
        families.put("saas", "serving");
        families.put(licensing.name(), licensing.serving() ? "serving" : "not yet");
        families.put(kit.name(), kit.serving() ? "serving" : "not yet");
        String ssoProblems = String.join("; ", sso.settingProblems());
        families.put("sso", ssoProblems.isEmpty() ? "configured" : ssoProblems);
        return families;
    }

    public long ledgerBacklog() {
        return ledger.backlog();
    }

    /** Whether the pool hands out a valid connection; the database product, or why not (never a secret). */
    public DatabaseProbe.State database() {
        return database.check();
    }

    public String node() {
        return node.name();
    }
}

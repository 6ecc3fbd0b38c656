package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSignedWith;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.KIT_KEY;
import static org.kgconnector.testsupport.Marketplace.LEGACY_KEY;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.systemtest.KitKeys;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Concurrently;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Marketplace;

/** The five Kit syncs, V2 ({@code x-sign}) and V1 ({@code authToken}), every flag, checked in the database. */
abstract class KitScenarios {

    static final String V2 = "koogallery/saas/produceAPI/v2/";
    static final String V1 = "koogallery/saas/produceAPI/";
    static final String TS = "\"timeStamp\":\"20220413093539534\"";

    Marketplace marketplace;
    Database db;
    String tenant;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
        db = server().database();
        tenant = unique("T");
    }

    Answer kit(String sync, String body) {
        return assertSignedWith(KIT_KEY, marketplace.callKit(V2 + sync, body, KIT_KEY), "000000");
    }

    String tenantBody(String instance, int flag, String name) {
        return "{\"domainName\":\"https://" + tenant.toLowerCase() + ".example.com\",\"flag\":" + flag + ",\"instanceId\":\""
                + instance + "\",\"name\":\"" + name + "\",\"orderId\":\"O-" + instance + "\",\"tenantCode\":\"code\","
                + "\"tenantId\":\"" + tenant + "\",\"testFlag\":0," + TS + "}";
    }

    long rows(String table) {
        return db.count("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?", tenant);
    }

    @Test
    void aTenantBoundToTwoInstancesSurvivesTheDeleteOfOne() {
        kit("tenantSync", tenantBody("i1", 1, "Acme"));
        kit("tenantSync", tenantBody("i1", 1, "Acme"));
        kit("tenantSync", tenantBody("i2", 2, "Acme Renamed"));
        assertEquals(1, rows("kit_tenant"));
        assertEquals(2, rows("kit_binding"));
        assertEquals("Acme Renamed", db.text("SELECT name FROM kit_tenant WHERE tenant_id = ?", tenant));
        kit("tenantSync", tenantBody("i1", 0, "Acme Renamed"));
        assertEquals(1, rows("kit_tenant"));
        kit("tenantSync", tenantBody("i2", 0, "Acme Renamed"));
        kit("tenantSync", tenantBody("i2", 0, "Acme Renamed"));
        assertEquals(0, rows("kit_tenant"));
        assertEquals(0, rows("kit_binding"));
    }

    @Test
    void applicationCredentialsAreDecryptedAndStoredSealed() {
        String secret = "client-secret-" + tenant;
        String body = "{\"appId\":\"app1\",\"clientId\":\"cid\",\"clientSecret\":\"" + KitKeys.encrypt(secret)
                + "\",\"flag\":1,\"instanceId\":\"\",\"tenantId\":\"" + tenant + "\",\"testFlag\":1," + TS + "}";
        kit("applicationSync", body);
        kit("applicationSync", body);
        assertEquals(1, rows("kit_application"));
        assertFalse(db.text("SELECT client_secret_sealed FROM kit_application WHERE tenant_id = ?", tenant).contains(secret));
        assertEquals("TRUE", db.text("SELECT test_data FROM kit_application WHERE tenant_id = ?", tenant).toUpperCase());
        String real = body.replace("\"instanceId\":\"\"", "\"instanceId\":\"i-" + tenant + "\"")
                .replace("\"testFlag\":1", "\"testFlag\":0").replaceAll("\"clientSecret\":\"[^\"]*\"",
                        "\"clientSecret\":\"bm90IHNlYWxlZA==\"");
        assertSignedWith(KIT_KEY, marketplace.callKit(V2 + "applicationSync", real, KIT_KEY), "000005");
        assertEquals("clientSecret cannot be decrypted: it is not RSA-OAEP ciphertext of the public key that belongs to"
                + " koogallery.kit.private-key.", server().ledger().text("SELECT result_msg FROM inbound_callback WHERE activity ="
                + " 'applicationSync' AND request_body LIKE ? AND result_code = '000005'", "%i-" + tenant + "%"),
                "the ledger says why");
        assertEquals(1, rows("kit_application"), "a real credential that does not decrypt is not stored");
        kit("applicationSync", body.replace("\"flag\":1", "\"flag\":0"));
        kit("applicationSync", body.replace("\"flag\":1", "\"flag\":0"));
        assertEquals(0, rows("kit_application"));
    }

    @Test
    void theDebuggingPagesPlaintextSecretIsKeptAsTyped() {
        String typed = "typed-on-the-debugging-page-" + tenant;
        String body = "{\"appId\":\"app-debug\",\"clientId\":\"cid\",\"clientSecret\":\"" + typed
                + "\",\"flag\":1,\"instanceId\":\"\",\"orderId\":\"\",\"tenantId\":\"" + tenant + "\",\"testFlag\":1,"
                + TS + "}";
        kit("applicationSync", body);
        assertEquals(1, rows("kit_application"));
        String sealed = db.text("SELECT client_secret_sealed FROM kit_application WHERE tenant_id = ?", tenant);
        assertFalse(sealed.contains(typed), "sealed at rest like any other secret");
        assertFalse(server().ledger().text("SELECT request_body FROM inbound_callback WHERE activity = 'applicationSync' AND"
                + " request_body LIKE ?", "%" + tenant + "%").contains(typed), "redacted in the ledger");

        byte[] foreign = new byte[384];
        new java.security.SecureRandom().nextBytes(foreign);
        String ciphertext = java.util.Base64.getEncoder().encodeToString(foreign);
        assertSignedWith(KIT_KEY, marketplace.callKit(V2 + "applicationSync", body.replace(typed, ciphertext)
                .replace("app-debug", "app-credential"), KIT_KEY), "000005");
        assertEquals(0, db.count("SELECT COUNT(*) FROM kit_application WHERE tenant_id = ? AND app_id = 'app-credential'",
                tenant), "ciphertext of another key is never taken for a typed secret");
    }

    @Test
    void usersAreAuthorisedRevokedAndRemoved() {
        String users = "[{\"userName\":\"zhangsan\",\"name\":\"张三\",\"orgCode\":\"not-yet\",\"role\":\"admin\","
                + "\"enable\":\"true\",\"employeeType\":4},{\"userName\":\"lisi\",\"name\":\"李四\",\"orgCode\":\"d1\","
                + "\"role\":\"user\",\"enable\":\"false\"}]";
        String add = "{\"appId\":\"app1\",\"currentSyncTime\":\"20220413093539534\",\"flag\":1,\"instanceId\":\"i1\","
                + "\"tenantId\":\"" + tenant + "\",\"testFlag\":0," + TS + ",\"userList\":" + users + "}";
        kit("authSync", add);
        kit("authSync", add);
        assertEquals(2, rows("kit_user"));
        assertEquals(2, rows("kit_authorisation"));
        assertEquals("admin", db.text("SELECT role FROM kit_authorisation WHERE tenant_id = ? AND user_name = 'zhangsan'",
                tenant));
        assertEquals("4", db.text("SELECT employee_type FROM kit_user WHERE tenant_id = ? AND user_name = 'zhangsan'",
                tenant));
        kit("authSync", add.replace("\"flag\":1", "\"flag\":3"));
        assertEquals(2, db.count("SELECT COUNT(*) FROM kit_authorisation WHERE tenant_id = ? AND revoked", tenant));
        assertEquals(2, rows("kit_user"), "a cancelled authorisation keeps the account");
        kit("authSync", add.replace("\"flag\":1", "\"flag\":0"));
        kit("authSync", add.replace("\"flag\":1", "\"flag\":0"));
        assertEquals(0, rows("kit_user"));
        assertEquals(0, rows("kit_authorisation"));
        kit("authSync", add.replace("\"flag\":1", "\"flag\":7"));
        assertEquals(0, rows("kit_user"), "an undocumented flag changes nothing");
    }

    @Test
    void departmentsAreSyncedOneByOneAndReplacedWhole() {
        String full = "{\"instanceId\":\"i1\",\"orgInfoList\":[{\"orgCode\":\"1\",\"orgName\":\"HQ\",\"parentCode\":\"\"},"
                + "{\"orgCode\":\"2\",\"orgName\":\"Dev\",\"parentCode\":\"1\"},{\"orgCode\":\"3\",\"orgName\":\"Ops\","
                + "\"parentCode\":\"1\"}],\"tenantId\":\"" + tenant + "\",\"testFlag\":0," + TS + "}";
        kit("allOrgSync", full);
        kit("allOrgSync", full);
        assertEquals(3, rows("kit_department"));
        String single = "{\"flag\":%d,\"instanceId\":\"i1\",\"orgCode\":\"4\",\"orgName\":\"%s\",\"parentCode\":\"%s\","
                + "\"tenantId\":\"" + tenant + "\",\"testFlag\":0," + TS + "}";
        kit("singleOrgSync", String.format(single, 1, "QA", "2"));
        kit("singleOrgSync", String.format(single, 2, "Quality", "3"));
        assertEquals("Quality 3", db.text("SELECT org_name || ' ' || parent_code FROM kit_department WHERE tenant_id = ?"
                + " AND org_code = '4'", tenant));
        kit("singleOrgSync", String.format(single, 0, "Quality", "3"));
        kit("singleOrgSync", String.format(single, 0, "Quality", "3"));
        assertEquals(3, rows("kit_department"));
        kit("allOrgSync", full.replace(",{\"orgCode\":\"3\",\"orgName\":\"Ops\",\"parentCode\":\"1\"}", ""));
        assertEquals(2, rows("kit_department"), "a full sync replaces the tree");
    }

    @Test
    void version1SyncsUseTheLegacyKeyAndStringLists() {
        String tenantV1 = "{\"instanceId\":\"i1\",\"orderId\":\"o1\",\"tenantId\":\"" + tenant + "\",\"tenantCode\":\"c\","
                + "\"name\":\"Acme\",\"domainName\":\"https://acme.example.com\",\"flag\":1,\"testFlag\":0," + TS
                + ",\"userList\":\"\"}";
        assertSignedWith(LEGACY_KEY, marketplace.callKitV1(V1 + "tenantSync", tenantV1, LEGACY_KEY), "000000");
        String orgs = "{\"instanceId\":\"i1\",\"tenantId\":\"" + tenant + "\",\"testFlag\":0," + TS + ",\"orgInfo\":"
                + "\"[{\\\"orgCode\\\":\\\"1\\\",\\\"name\\\":\\\"产品部\\\",\\\"parentCode\\\":\\\"\\\"}]\"}";
        assertSignedWith(LEGACY_KEY, marketplace.callKitV1("koogallery/license/produceAPI/allOrgSync", orgs, LEGACY_KEY),
                "000000");
        String users = "{\"appId\":\"a\",\"instanceId\":\"i1\",\"tenantId\":\"" + tenant + "\",\"flag\":1,\"testFlag\":0,"
                + TS + ",\"currentSyncTime\":\"20220413093539534\",\"userList\":\"[{\\\"userName\\\":\\\"w\\\",\\\"name\\\":"
                + "\\\"王\\\",\\\"orgCode\\\":\\\"1\\\",\\\"role\\\":\\\"user\\\",\\\"enable\\\":\\\"true\\\",\\\"extension\\\":"
                + "{\\\"entryDate\\\":\\\"2022-11-9\\\",\\\"workPlace\\\":\\\"南京\\\"}}]\"}";
        assertSignedWith(LEGACY_KEY, marketplace.callKitV1(V1 + "authSync", users, LEGACY_KEY), "000000");
        assertEquals(1, rows("kit_tenant"));
        assertEquals("产品部", db.text("SELECT org_name FROM kit_department WHERE tenant_id = ?", tenant));
        assertEquals("2022-11-9 南京", db.text("SELECT entry_date || ' ' || work_place FROM kit_user WHERE tenant_id = ?",
                tenant));
        assertSignedWith(LEGACY_KEY, marketplace.callKitV1(V1 + "tenantSync", tenantV1.replace("Acme\"", "Other\""),
                "notTheKey"), "000001");
    }

    @Test
    void aReplayedVersion1AddCannotUndoTheRemovalThatFollowedIt() {
        String users = "\"userList\":\"[{\\\"userName\\\":\\\"w\\\",\\\"name\\\":\\\"W\\\",\\\"orgCode\\\":\\\"1\\\","
                + "\\\"role\\\":\\\"user\\\",\\\"enable\\\":\\\"true\\\"}]\"";
        String add = "{\"appId\":\"a\",\"instanceId\":\"i1\",\"tenantId\":\"" + tenant + "\",\"flag\":1,\"testFlag\":0,"
                + TS + ",\"currentSyncTime\":\"20220413093539534\"," + users + "}";
        Answer added = marketplace.callKitV1(V1 + "authSync", add, LEGACY_KEY);
        assertSignedWith(LEGACY_KEY, added, "000000");
        assertSignedWith(LEGACY_KEY, marketplace.callKitV1(V1 + "authSync", add.replace("\"flag\":1", "\"flag\":0"),
                LEGACY_KEY), "000000");
        assertEquals(0, rows("kit_user"), "removed");
        Answer replayed = marketplace.callKitV1(V1 + "authSync", add, LEGACY_KEY);
        assertSignedWith(LEGACY_KEY, replayed, "000000");
        assertEquals(added.text(), replayed.text(), "the replay is answered exactly as the call was");
        assertEquals(0, rows("kit_user"), "the replay ran nothing: the user stays removed");
        assertEquals(1, server().ledger().count("SELECT COUNT(*) FROM inbound_callback WHERE verification ="
                + " 'ANSWERED_BEFORE' AND request_body LIKE ?", "%" + tenant + "%"));
    }

    @Test
    void refusedSyncsChangeNothing() {
        String body = tenantBody("i1", 1, "Acme");
        assertSignedWith(KIT_KEY, marketplace.callKit(V2 + "tenantSync", body, "notTheKitKey"), "000001");
        assertSignedWith(KIT_KEY, marketplace.callKit(V2 + "tenantSync", body, Marketplace.KEY), "000001");
        assertSignedWith(KIT_KEY, marketplace.callKit(V2 + "tenantSync", body.replace("\"tenantCode\":\"code\",", ""),
                KIT_KEY), "000002");
        assertSignedWith(KIT_KEY, marketplace.callKit(V2 + "tenantSync", body.replace("\"flag\":1", "\"flag\":\"one\""),
                KIT_KEY), "000002");
        assertSignedWith(KIT_KEY, marketplace.callKit(V2 + "employeeSync", body, KIT_KEY), "000002");
        assertEquals(0, rows("kit_tenant"));
    }

    @Test
    void concurrentDuplicatesOfOneSyncMakeOneRecord() throws Exception {
        String body = tenantBody("i1", 1, "Acme");
        Set<String> codes = Concurrently.call(10, i -> marketplace.callKit(V2 + "tenantSync", body, KIT_KEY)).stream()
                .map(Answer::resultCode).collect(Collectors.toSet());
        assertEquals(Set.of("000000"), codes);
        assertEquals(1, rows("kit_tenant"));
        assertEquals(1, rows("kit_binding"));
    }
}

package org.kgconnector.systemtest;

import java.util.List;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Marketplace;

/**
 * A joint-operation tenant as the marketplace syncs it for the login tests: its identity provider (the double's
 * address), the credential of the test servers' app, and three users — alice (admin, enabled), bob (disabled) and
 * expiring (whose renewal the double refuses).
 */
public final class SsoTenant {

    private SsoTenant() {
    }

    /** The three Kit V2 syncs, each answered {@code 000000} and signed, or an {@link AssertionError}. */
    public static void sync(Marketplace marketplace, java.net.URI idpBase, String tenant) {
        String ts = "\"testFlag\":0,\"timeStamp\":\"20220413093539534\"";
        List<String[]> syncs = List.of(
                new String[] {"tenantSync", "{\"domainName\":\"" + idpBase + "\",\"flag\":1,\"instanceId\":\"i1\","
                        + "\"name\":\"Acme\",\"orderId\":\"o1\",\"tenantCode\":\"acme\",\"tenantId\":\"" + tenant + "\","
                        + ts + "}"},
                new String[] {"applicationSync", "{\"appId\":\"" + ConnectorServer.SSO_APP_ID + "\",\"clientId\":\"cid\","
                        + "\"clientSecret\":\"" + KitKeys.encrypt("csecret") + "\",\"flag\":1,\"instanceId\":\"i1\","
                        + "\"tenantId\":\"" + tenant + "\"," + ts + "}"},
                new String[] {"authSync", "{\"appId\":\"" + ConnectorServer.SSO_APP_ID + "\","
                        + "\"currentSyncTime\":\"20220413093539534\",\"flag\":1,\"instanceId\":\"i1\",\"tenantId\":\""
                        + tenant + "\"," + ts + ",\"userList\":["
                        + "{\"userName\":\"alice\",\"name\":\"Alice\",\"orgCode\":\"d1\",\"role\":\"admin\",\"enable\":\"true\"},"
                        + "{\"userName\":\"bob\",\"name\":\"Bob\",\"orgCode\":\"d1\",\"role\":\"user\",\"enable\":\"false\"},"
                        + "{\"userName\":\"expiring\",\"name\":\"E\",\"orgCode\":\"d1\",\"role\":\"user\","
                        + "\"enable\":\"true\"}]}"});
        for (String[] sync : syncs) {
            Answer answer = marketplace.callKit("koogallery/saas/produceAPI/v2/" + sync[0], sync[1], Marketplace.KIT_KEY);
            if (answer.status() != 200 || !"000000".equals(answer.resultCode()) || !answer.signedWith(Marketplace.KIT_KEY)) {
                throw new AssertionError(sync[0] + " was not accepted: " + answer);
            }
        }
    }
}

package org.kgconnector.kit.sso.boundary;

import java.io.Serializable;

/**
 * A user admitted by the single sign-on, with the tokens of the session (null for CAS logins).
 *
 * @param appId the joint-operation application the user logged in to
 * @param test whether the user came from a test sync (the seller's mandatory login test)
 */
public record SsoIdentity(String tenantId, String appId, String userName, String name, String role, String organizationCode,
                          String email, boolean test, String accessToken, String refreshToken) implements Serializable {
}

package org.kgconnector.kit.sync.boundary;

import java.util.List;

/** The validated Kit sync commands. {@code instanceId} and {@code orderId} are empty for a seller's credential application. */
public final class KitCommands {

    private KitCommands() {
    }

    /** The documented {@code flag} values; anything else is answered success and changes nothing. */
    public enum Flag {
        DELETE, ADD, MODIFY, CANCEL_AUTHORISATION, UNDOCUMENTED;

        public static Flag of(int code) {
            return switch (code) {
                case 0 -> DELETE;
                case 1 -> ADD;
                case 2 -> MODIFY;
                case 3 -> CANCEL_AUTHORISATION;
                default -> UNDOCUMENTED;
            };
        }
    }

    public record TenantSync(String instanceId, String orderId, String tenantId, String tenantCode, String name,
                             String domainName, Flag flag, boolean test) {
    }

    /** {@code clientSecret} as received: Base64 RSA-OAEP ciphertext, or plaintext from the debugging page. */
    public record ApplicationSync(String instanceId, String tenantId, String appId, String clientId,
                                  String encryptedClientSecret, Flag flag, boolean test) {

        /**
         * The seller center's debugging run or credential application: a test call with no instance, whose secret
         * the vendor may have typed in plaintext.
         */
        public boolean sellerDebugging() {
            return test && (instanceId == null || instanceId.isEmpty());
        }
    }

    public record AuthorisedUser(String userName, String role, boolean enabled, UserProfile profile) {
    }

    /** The profile fields an authSync carries for a user. */
    public record UserProfile(String name, String orgCode, String position, String employeeCode, String employeeType,
                              String mobile, String email, String workPlace, String entryDate) {
    }

    public record AuthSync(String instanceId, String tenantId, String appId, List<AuthorisedUser> users,
                           String currentSyncTime, Flag flag, boolean test) {
    }

    public record Department(String orgCode, String orgName, String parentCode) {
    }

    public record SingleOrgSync(String instanceId, String tenantId, Department department, Flag flag, boolean test) {
    }

    public record AllOrgSync(String instanceId, String tenantId, List<Department> departments, boolean test) {
    }
}

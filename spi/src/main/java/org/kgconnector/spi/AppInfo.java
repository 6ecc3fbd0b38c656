package org.kgconnector.spi;

/**
 * What the buyer needs to use the instance, shown by the marketplace in the buyer's console.
 *
 * @param frontEndUrl the user address (required, at most 512 characters)
 * @param adminUrl    the admin console address, may be null
 * @param userName    the admin account, may be null
 * @param password    the initial admin password, may be null; stored encrypted by the connector
 * @param memo        free text (at most 1024 characters), may be null
 */
public record AppInfo(String frontEndUrl, String adminUrl, String userName, String password, String memo) {

    public AppInfo {
        if (frontEndUrl == null || frontEndUrl.isBlank()) {
            throw new IllegalArgumentException("an AppInfo needs a front-end URL");
        }
    }

    @Override
    public String toString() {
        return "AppInfo[frontEndUrl=" + frontEndUrl + ", adminUrl=" + adminUrl + ", userName=" + userName
                + ", password=" + (password == null ? "null" : "***") + "]";
    }
}

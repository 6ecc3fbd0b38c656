package org.kgconnector.persistence.job;

/** What a provisioning job asks of the vendor's provisioner. */
public enum JobAction {
    CREATE, RENEW, FREEZE, UNFREEZE, RELEASE, UPGRADE
}

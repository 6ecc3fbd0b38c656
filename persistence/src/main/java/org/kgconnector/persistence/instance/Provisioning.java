package org.kgconnector.persistence.instance;

/** Whether the vendor's provisioning of a new instance has finished. */
public enum Provisioning {
    /** The create job has not finished yet: {@code newInstance} and {@code queryInstance} answer 000004. */
    PENDING,
    /** The instance exists and its app information is known. */
    DONE,
    /** The create job was refused or gave up; the operator must act. */
    FAILED
}

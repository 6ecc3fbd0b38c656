package org.kgconnector.web.api.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record the vendor API reads from a JSON request body ({@link VendorRequestReader}): its components are bound
 * by name, and its Bean Validation constraints are checked before the resource runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VendorRequest {
}

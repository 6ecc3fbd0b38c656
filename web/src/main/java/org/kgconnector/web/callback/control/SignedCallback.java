package org.kgconnector.web.callback.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or every method of a resource class) that answers a marketplace callback: its body is
 * captured, its signature verified before it runs ({@link SignatureInterceptor}), its answer signed and its
 * exchange written to the ledger. A method's own annotation wins over its class's.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SignedCallback {

    @Nonbinding
    SignatureScheme value();
}

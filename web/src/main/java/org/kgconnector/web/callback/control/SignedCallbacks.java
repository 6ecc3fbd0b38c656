package org.kgconnector.web.callback.control;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Where a resource method's {@link SignedCallback} is: on the method, else on its class. The body capture, the
 * ledger and the signature check all read it here, so a class-level annotation is honoured by all three.
 */
final class SignedCallbacks {

    private SignedCallbacks() {
    }

    static Optional<SignedCallback> of(Method method) {
        SignedCallback onMethod = method.getAnnotation(SignedCallback.class);
        return onMethod != null ? Optional.of(onMethod)
                : Optional.ofNullable(method.getDeclaringClass().getAnnotation(SignedCallback.class));
    }
}

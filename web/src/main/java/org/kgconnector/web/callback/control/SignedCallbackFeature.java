package org.kgconnector.web.callback.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Registers the body capture and the ledger writer on every resource method marked {@link SignedCallback}, and
 * on no other. (The annotation is a CDI interceptor binding only: were it also a JAX-RS name binding, the
 * interceptor would wrap the filters too.)
 */
@Provider
public class SignedCallbackFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        SignedCallback signed = resource.getResourceMethod().getAnnotation(SignedCallback.class);
        if (signed == null) {
            return;
        }
        CallbackExchange exchange = CDI.current().select(CallbackExchange.class).get();
        context.register(new BodyCaptureFilter(signed.value(), exchange), Priorities.AUTHENTICATION);
        context.register(new LedgerResponseFilter(exchange, CDI.current().select(LedgerWriter.class).get()),
                Priorities.USER);
    }
}

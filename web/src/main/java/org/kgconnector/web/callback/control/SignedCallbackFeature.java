package org.kgconnector.web.callback.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Registers the body capture and the ledger writer on every resource method marked {@link SignedCallback} (on the
 * method or its class), and on no other. (The annotation is a CDI interceptor binding only: were it also a JAX-RS name binding, the
 * interceptor would wrap the filters too.)
 */
@Provider
public class SignedCallbackFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Optional<SignedCallback> signed = SignedCallbacks.of(resource.getResourceMethod());
        if (signed.isEmpty()) {
            return;
        }
        CallbackExchange exchange = CDI.current().select(CallbackExchange.class).get();
        BodyLimits limits = CDI.current().select(BodyLimits.class).get();
        context.register(new BodyCaptureFilter(signed.get().value(), exchange,
                CDI.current().select(V2SignatureVerifier.class).get(), limits), Priorities.AUTHENTICATION);
        context.register(new LedgerResponseFilter(exchange, CDI.current().select(LedgerWriter.class).get(), limits),
                Priorities.USER);
    }
}

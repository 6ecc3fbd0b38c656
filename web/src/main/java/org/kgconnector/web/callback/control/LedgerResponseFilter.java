package org.kgconnector.web.callback.control;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.web.log.CallbackRefFilter;

/**
 * Names the call's ledger row in the answer ({@value CallbackRefFilter#HEADER}: a header only, the body and its
 * signature are the spec's), writes the finished exchange to the ledger (a ledger failure is logged and never changes
 * the answer), and gives back the large-body permit the call held.
 */
public class LedgerResponseFilter implements ContainerResponseFilter {

    private static final Logger LOG = ConnectorLog.logger(LedgerResponseFilter.class);

    private final CallbackExchange exchange;
    private final LedgerWriter ledger;
    private final BodyLimits limits;

    LedgerResponseFilter(CallbackExchange exchange, LedgerWriter ledger, BodyLimits limits) {
        this.exchange = exchange;
        this.ledger = ledger;
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(CallbackRefFilter.HEADER, exchange.ref());
        try {
            ledger.record(exchange);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the ledger row of a " + exchange.address() + " callback could not be written", e);
        } finally {
            if (exchange.received() != null && exchange.received().largePermit()) {
                limits.leaveLarge();
            }
        }
    }
}

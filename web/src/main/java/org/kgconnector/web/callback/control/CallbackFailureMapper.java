package org.kgconnector.web.callback.control;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.protocol.result.ResultCode;

/**
 * The last line of the error contract: on a callback address, whatever escaped becomes HTTP 200 with
 * {@code 000005}, signed, and the cause goes to the server log, never to the caller. Elsewhere JAX-RS's own
 * answers (404, 405, …) stay as they are and anything else is a bare 500.
 */
@Provider
public class CallbackFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(CallbackFailureMapper.class.getName());

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Override
    public Response toResponse(Throwable failure) {
        if (exchange.scheme() == null) {
            if (failure instanceof WebApplicationException web) {
                return web.getResponse();
            }
            LOG.log(Level.SEVERE, "request failed", failure);
            return Response.serverError().build();
        }
        LOG.log(Level.SEVERE, "a " + exchange.address() + " callback failed; answered 000005", failure);
        return answers.result(ResultCode.INTERNAL_ERROR, ResultCode.INTERNAL_ERROR.defaultMessage());
    }
}

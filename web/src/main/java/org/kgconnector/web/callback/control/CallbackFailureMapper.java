package org.kgconnector.web.callback.control;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.web.problem.Problems;

/**
 * The last line of the error contract, one per audience: on a callback address, whatever escaped becomes HTTP 200
 * with {@code 000005}, signed; on the vendor and admin APIs it is {@code application/problem+json} (JAX-RS's own
 * answers such as 404 and 405 keep their status, anything else is a 500 without detail; a failed constraint is
 * {@code ConstraintViolationMapper}'s). The cause goes to the server log, never to the caller. The login has its own error page.
 */
@Provider
public class CallbackFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = ConnectorLog.logger(CallbackFailureMapper.class);

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        if (exchange.scheme() == null) {
            return apiAnswer(failure, AddressPath.under(uri, "api") || AddressPath.under(uri, "admin"));
        }
        LOG.log(Level.SEVERE, "a " + exchange.address() + " callback failed; answered 000005", failure);
        return answers.result(ResultCode.INTERNAL_ERROR, ResultCode.INTERNAL_ERROR.defaultMessage());
    }

    private static Response apiAnswer(Throwable failure, boolean problem) {
        if (failure instanceof WebApplicationException web) {
            return problem ? Problems.from(web.getResponse(), web.getMessage()) : web.getResponse();
        }
        LOG.log(Level.SEVERE, "request failed", failure);
        return problem ? Problems.of(500, "the connector failed; the server log says why") : Response.serverError().build();
    }

}

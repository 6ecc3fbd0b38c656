package org.kgconnector.web.callback.control;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.web.problem.Problems;

/**
 * A request that failed its Bean Validation constraints: a 400 problem naming each field and what it must be; on
 * a callback address, the signed {@code 000002} the marketplace expects instead.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        List<String> violations = invalid.getConstraintViolations().stream().map(ConstraintViolationMapper::describe)
                .sorted().toList();
        return exchange.scheme() != null ? answers.result(ResultCode.INVALID_PARAMETER, String.join("; ", violations))
                : Problems.invalid(violations);
    }

    /** The parameter's or field's own name ({@code jobs.arg0.state} → {@code state}) and its message. */
    static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + " " + violation.getMessage();
    }
}

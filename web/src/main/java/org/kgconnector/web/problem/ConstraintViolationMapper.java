package org.kgconnector.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request that failed its Bean Validation constraints: a 400 problem naming each field and what it must be. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return Problems.invalid(invalid.getConstraintViolations().stream().map(ConstraintViolationMapper::describe)
                .sorted().toList());
    }

    /** The parameter's or field's own name ({@code jobs.arg0.state} → {@code state}) and its message. */
    static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + " " + violation.getMessage();
    }
}

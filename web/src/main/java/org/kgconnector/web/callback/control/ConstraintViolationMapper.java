package org.kgconnector.web.callback.control;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.AssertTrue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Pattern;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.web.problem.Problems;

/**
 * A request that failed its Bean Validation constraints: a 400 problem naming each field and what it must be; on
 * a callback address, the signed {@code 000002} the marketplace expects instead.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    /** The name a parameter gets when its own was not compiled in, such as {@code arg0}. */
    private static final Pattern GENERATED_NAME = Pattern.compile("arg\\d+");

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

    /**
     * The field's own name and its message ({@code activate.arg0.licenses[0].<list element>} → {@code licenses});
     * a parameter's name when no field is involved ({@code jobs.arg0.state} → {@code state}, the body itself →
     * {@code body}); a cross-field rule ({@code @AssertTrue}) says its message alone, a whole sentence.
     */
    static String describe(ConstraintViolation<?> violation) {
        if (violation.getConstraintDescriptor() != null
                && violation.getConstraintDescriptor().getAnnotation() instanceof AssertTrue) {
            return violation.getMessage();
        }
        String property = null;
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        String name = property != null ? property
                : parameter != null && !GENERATED_NAME.matcher(parameter).matches() ? parameter : "body";
        return name + " " + violation.getMessage();
    }
}

package org.kgconnector.web.api.control;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kgconnector.web.problem.Problems;

/** A body that is no JSON object, or a member of the wrong type: a 400 problem saying which. */
@Provider
public class InvalidVendorRequestMapper implements ExceptionMapper<InvalidVendorRequest> {

    @Override
    public Response toResponse(InvalidVendorRequest invalid) {
        return Problems.of(Response.Status.BAD_REQUEST, invalid.getMessage());
    }
}

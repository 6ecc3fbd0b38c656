package org.kgconnector.web.api.control;

/** A vendor API body that cannot be read as its request record: answered 400, as a problem naming the member. */
public class InvalidVendorRequest extends RuntimeException {

    public InvalidVendorRequest(String message) {
        super(message, null, false, false);
    }
}

package org.kgconnector.platform.marketplace;

import jakarta.ejb.ApplicationException;

/** The marketplace could not be reached, or answered that it cannot serve now (5xx, throttling, gateway timeout). */
@ApplicationException
public class MarketplaceUnavailable extends RuntimeException {

    public MarketplaceUnavailable(String message) {
        super(message);
    }
}

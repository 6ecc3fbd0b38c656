package org.kgconnector.licensing.online.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kgconnector.persistence.license.LicenseInstance;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.platform.orders.OrderFetched;
import org.kgconnector.platform.replay.NonceFirst;

/**
 * Gives the License instances of a fetched order line their product, SKU, quantity and, while no renewal has set
 * one, their expiry, in the transaction that stored the order.
 */
@Stateless
@Interceptors(NonceFirst.class)
public class LicenseOrders {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    public void ordered(@Observes OrderFetched fetched) {
        Instant now = Instant.now();
        MarketplaceOrder.Details details = fetched.details();
        em.createNamedQuery(LicenseInstance.BY_ORDER_LINE, LicenseInstance.class)
                .setParameter("orderId", fetched.orderId()).setParameter("orderLineId", fetched.orderLineId())
                .getResultList()
                .forEach(instance -> instance.ordered(details.productId(), details.skuCode(), details.linearValue(),
                        details.expireTime(), details.expireTimeRaw(), now));
    }
}

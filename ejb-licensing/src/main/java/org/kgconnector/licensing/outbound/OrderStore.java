package org.kgconnector.licensing.outbound;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.kgconnector.persistence.license.LicenseInstance;
import org.kgconnector.persistence.order.MarketplaceOrder;

/**
 * Stores a fetched order line and gives a License instance of that line its product, SKU, quantity and, while
 * no renewal has set one, its expiry.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrderStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    public void fetched(String orderId, String orderLineId, MarketplaceOrder.Details details) {
        Instant now = Instant.now();
        MarketplaceOrder order = em.find(MarketplaceOrder.class, new MarketplaceOrder.Key(orderId, orderLineId));
        if (order == null) {
            order = new MarketplaceOrder(orderId, orderLineId);
            order.fetched(details, now);
            em.persist(order);
        } else {
            order.fetched(details, now);
        }
        List<LicenseInstance> instances = em.createNamedQuery(LicenseInstance.BY_ORDER_LINE, LicenseInstance.class)
                .setParameter("orderId", orderId).setParameter("orderLineId", orderLineId).getResultList();
        for (LicenseInstance instance : instances) {
            instance.ordered(details.productId(), details.skuCode(), details.linearValue(), details.expireTime(),
                    details.expireTimeRaw(), now);
        }
    }
}

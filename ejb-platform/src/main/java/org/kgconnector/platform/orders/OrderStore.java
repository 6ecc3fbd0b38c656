package org.kgconnector.platform.orders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.platform.replay.NonceFirst;

/** Stores a fetched order line and tells the families ({@link OrderFetched}), in the same transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class OrderStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    Event<OrderFetched> fetched;

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
        this.fetched.fire(new OrderFetched(orderId, orderLineId, details));
    }
}

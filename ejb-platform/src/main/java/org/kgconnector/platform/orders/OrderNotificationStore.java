package org.kgconnector.platform.orders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kgconnector.persistence.order.OrderNotification;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.marketplace.MarketplaceClient;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.platform.work.OutboundJobStore;

/** The write of an {@code orderNotify}: the notification row and its order-fetch job, in one transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class OrderNotificationStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    MarketplaceClient marketplace;

    @Inject
    OutboundJobStore outboundJobs;

    public void record(OrderNotice notice) {
        long known = em.createQuery("select count(n) from OrderNotification n where n.orderId = :o"
                        + " and n.orderLineId = :l", Long.class)
                .setParameter("o", notice.orderId()).setParameter("l", notice.orderLineId()).getSingleResult();
        if (known > 0) {
            return;
        }
        em.persist(new OrderNotification(notice.orderId(), notice.orderLineId(), notice.address(), notice.test(),
                Instant.now()));
        em.flush();
        if (!notice.test() && marketplace.configured()) {
            outboundJobs.ensure(OutboundKind.FETCH_ORDER, notice.orderId(), notice.orderLineId());
        }
    }
}

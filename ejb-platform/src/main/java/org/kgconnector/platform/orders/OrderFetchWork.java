package org.kgconnector.platform.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.work.OutboundWork;
import org.kgconnector.platform.work.WorkOutcome;

/** Runs the order-fetch jobs ({@code orderNotify}, online License orders) with the query-order API. */
@ApplicationScoped
public class OrderFetchWork implements OutboundWork {

    @Inject
    OrderFetcher fetcher;

    @Override
    public OutboundKind kind() {
        return OutboundKind.FETCH_ORDER;
    }

    @Override
    public WorkOutcome run(OutboundJob job) {
        return fetcher.fetch(job.getSubject(), job.getSubjectLine());
    }
}

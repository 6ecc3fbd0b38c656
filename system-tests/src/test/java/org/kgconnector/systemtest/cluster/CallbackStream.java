package org.kgconnector.systemtest.cluster;

import static org.kgconnector.testsupport.Marketplace.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Marketplace;

/**
 * Signed {@code newInstance} callbacks, one new order each, sent back to back by a few marketplace callers until
 * stopped: those answered with a result code, and the bodies of those that were not (a broken connection or a
 * balancer's 502/504), which the marketplace would send again.
 */
final class CallbackStream {

    private final Marketplace marketplace;
    private final ExecutorService callers;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger answered = new AtomicInteger();
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> orders = Collections.synchronizedList(new ArrayList<>());

    private CallbackStream(Marketplace marketplace, int callers) {
        this.marketplace = marketplace;
        this.callers = Executors.newFixedThreadPool(callers);
    }

    static CallbackStream start(Marketplace marketplace, int callers) {
        CallbackStream stream = new CallbackStream(marketplace, callers);
        for (int i = 0; i < callers; i++) {
            stream.callers.submit(stream::callUntilStopped);
        }
        return stream;
    }

    private void callUntilStopped() {
        while (running.get()) {
            String order = "CSK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            orders.add(order);
            String body = body("activity", "newInstance", "orderId", order, "orderLineId", order + "-000001",
                    "businessId", "K" + order);
            try {
                Answer answer = marketplace.call(ClusterIT.SAAS, body);
                if (answer.status() == 200 && Set.of("000000", "000004").contains(answer.resultCode())) {
                    answered.incrementAndGet();
                } else {
                    failed.add(body);
                }
            } catch (RuntimeException brokenConnection) {
                failed.add(body);
            }
        }
    }

    /** Stops the callers and gives the bodies of the callbacks that were not answered. */
    List<String> stop() throws InterruptedException {
        running.set(false);
        callers.shutdown();
        callers.awaitTermination(30, TimeUnit.SECONDS);
        return List.copyOf(failed);
    }

    int answered() {
        return answered.get();
    }

    List<String> orders() {
        return List.copyOf(orders);
    }
}

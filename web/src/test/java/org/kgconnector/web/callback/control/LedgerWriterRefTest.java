package org.kgconnector.web.callback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.platform.ledger.CallbackRecord;
import org.kgconnector.platform.ledger.LedgerQueue;

class LedgerWriterRefTest {

    private final List<CallbackRecord> rows = new ArrayList<>();
    private final LedgerWriter writer = new LedgerWriter();

    {
        writer.ledger = new LedgerQueue() {
            @Override
            public void add(CallbackRecord row) {
                rows.add(row);
            }
        };
    }

    @AfterEach
    void clear() {
        CallbackRef.clear();
    }

    @Test
    void theRowOfACallbackHasTheExchangesReference() {
        CallbackExchange exchange = new CallbackExchange();
        String ref = exchange.ref();
        assertTrue(CallbackRef.isWellFormed(ref));
        assertEquals(ref, exchange.ref(), "one reference per exchange");
        writer.record(exchange);
        assertEquals(ref, rows.get(0).ref());
        assertNotEquals(ref, new CallbackExchange().ref());
    }

    @Test
    void theRowOfALoginStepHasTheStepsReference() {
        String ref = CallbackRef.begin();
        writer.recordLogin("/sso/callback", "ssoCallback", "t1", "000001", "refused", 3);
        assertEquals(ref, rows.get(0).ref());
        CallbackRef.clear();
        writer.recordLogin("/sso/callback", "ssoCallback", "t1", "000001", "refused", 3);
        assertTrue(CallbackRef.isWellFormed(rows.get(1).ref()), "a step that began none still gets one");
    }
}

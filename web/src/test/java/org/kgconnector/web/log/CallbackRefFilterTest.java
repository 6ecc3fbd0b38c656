package org.kgconnector.web.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ServletException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.log.CallbackRef;

class CallbackRefFilterTest {

    private final CallbackRefFilter filter = new CallbackRefFilter();

    @AfterEach
    void clear() {
        CallbackRef.clear();
    }

    @Test
    void theReferenceARequestMadeIsGoneWhenItIsAnswered() throws Exception {
        AtomicReference<String> during = new AtomicReference<>();
        filter.doFilter(null, null, (request, response) -> during.set(CallbackRef.begin()));
        assertEquals(16, during.get().length());
        assertNull(CallbackRef.current());
    }

    @Test
    void andWhenItFailed() {
        assertThrows(ServletException.class, () -> filter.doFilter(null, null, (request, response) -> {
            CallbackRef.begin();
            throw new ServletException("the resource failed");
        }));
        assertNull(CallbackRef.current());
        assertThrows(IllegalStateException.class, () -> filter.doFilter(null, null, (request, response) -> {
            CallbackRef.begin();
            throw new IllegalStateException("unmapped");
        }));
        assertNull(CallbackRef.current());
    }

    @Test
    void aReferenceLeftOnThePooledThreadIsNotInheritedByTheNextRequest() throws Exception {
        CallbackRef.set("0123456789abcdef");
        AtomicReference<String> seen = new AtomicReference<>("unset");
        filter.doFilter(null, null, (request, response) -> seen.set(CallbackRef.current()));
        assertNull(seen.get());
    }
}

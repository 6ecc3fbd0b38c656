package org.kgconnector.web.callback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignedCallbacksTest {

    @SignedCallback(SignatureScheme.KIT_V2)
    static class SignedAtClass {
        public void callback() {
        }

        @SignedCallback(SignatureScheme.V1_QUERY)
        public void own() {
        }
    }

    static class Unsigned {
        public void open() {
        }
    }

    @Test
    void aClassLevelBindingIsHonouredAndAMethodsOwnWins() throws Exception {
        assertEquals(SignatureScheme.KIT_V2,
                SignedCallbacks.of(SignedAtClass.class.getMethod("callback")).orElseThrow().value());
        assertEquals(SignatureScheme.V1_QUERY, SignedCallbacks.of(SignedAtClass.class.getMethod("own")).orElseThrow().value());
        assertTrue(SignedCallbacks.of(Unsigned.class.getMethod("open")).isEmpty());
    }
}

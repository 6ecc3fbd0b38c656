package org.kgconnector.protocol.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallbackRefTest {

    @AfterEach
    void clear() {
        CallbackRef.clear();
    }

    @Test
    void aReferenceIsSixteenUrlSafeBase32Characters() {
        for (int i = 0; i < 1000; i++) {
            String ref = CallbackRef.newRef();
            assertEquals(CallbackRef.LENGTH, ref.length());
            assertTrue(ref.matches("[0-9a-hjkmnp-tv-z]{16}"), ref);
            assertEquals(ref, URLEncoder.encode(ref, StandardCharsets.UTF_8), "nothing to escape in a URL");
            assertTrue(CallbackRef.isWellFormed(ref));
        }
    }

    @Test
    void everyDigitOccursAndReferencesDoNotRepeat() {
        Set<String> refs = new HashSet<>();
        Set<Character> digits = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String ref = CallbackRef.newRef();
            refs.add(ref);
            ref.chars().forEach(c -> digits.add((char) c));
        }
        assertEquals(20_000, refs.size());
        assertEquals(32, digits.size(), "all 32 digits are drawn, first and last included");
    }

    @Test
    void onlyTheReferenceShapeIsWellFormed() {
        assertFalse(CallbackRef.isWellFormed(null));
        assertFalse(CallbackRef.isWellFormed(""));
        assertFalse(CallbackRef.isWellFormed("0123456789abcde"));
        assertFalse(CallbackRef.isWellFormed("0123456789abcdefg"));
        assertFalse(CallbackRef.isWellFormed("0123456789ABCDEF"), "lower case only");
        assertFalse(CallbackRef.isWellFormed("0123456789abcdei"), "no i, l, o or u");
        assertTrue(CallbackRef.isWellFormed("0123456789abcdef"));
    }

    @Test
    void theCurrentReferenceBelongsToItsThreadUntilCleared() throws Exception {
        assertNull(CallbackRef.current());
        String ref = CallbackRef.begin();
        assertEquals(ref, CallbackRef.current());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<String> seen = other.submit(CallbackRef::current);
            assertNull(seen.get(), "another thread sees none");
        } finally {
            other.shutdown();
        }
        CallbackRef.clear();
        assertNull(CallbackRef.current());
    }

    @Test
    void aBoundReferencePutsBackTheOneBefore() {
        CallbackRef.set("aaaaaaaaaaaaaaaa");
        try (CallbackRef.Scope scope = CallbackRef.bind("bbbbbbbbbbbbbbbb")) {
            assertEquals("bbbbbbbbbbbbbbbb", CallbackRef.current());
            try (CallbackRef.Scope none = CallbackRef.bind(null)) {
                assertNull(CallbackRef.current());
            }
            assertEquals("bbbbbbbbbbbbbbbb", CallbackRef.current());
        }
        assertEquals("aaaaaaaaaaaaaaaa", CallbackRef.current());
        CallbackRef.clear();
        try (CallbackRef.Scope scope = CallbackRef.bind("cccccccccccccccc")) {
            assertEquals("cccccccccccccccc", CallbackRef.current());
        }
        assertNull(CallbackRef.current(), "a pool thread is left as it was found");
    }
}

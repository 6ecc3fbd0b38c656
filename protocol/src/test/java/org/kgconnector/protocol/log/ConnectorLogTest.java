package org.kgconnector.protocol.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectorLogTest {

    private static final String REF = "0123456789abcdef";

    private final Captured captured = new Captured();
    private Logger log;

    /** A handler that keeps what it is given, and the message as a server's formatter would write it. */
    static final class Captured extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();
        final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        String line(int i) {
            return formatter.formatMessage(records.get(i));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @BeforeEach
    void capture() {
        log = ConnectorLog.logger(ConnectorLogTest.class);
        log.setUseParentHandlers(false);
        log.setLevel(Level.ALL);
        log.addHandler(captured);
    }

    @AfterEach
    void release() {
        log.removeHandler(captured);
        CallbackRef.clear();
        ConnectorLog.release();
    }

    @Test
    void aLineWithoutACallbackIsUnchanged() {
        log.info("the schema is at version 10");
        assertEquals("the schema is at version 10", captured.line(0));
    }

    @Test
    void everyKindOfMessageCarriesTheCallbackReference() {
        CallbackRef.set(REF);
        log.warning("plain");
        log.info(() -> "from a supplier");
        log.log(Level.WARNING, "order {0} of {1}", new Object[] {"CS1", 2});
        log.log(Level.FINE, "one parameter: {0}", "p");
        log.log(Level.SEVERE, "with its cause", new IllegalStateException("boom"));
        log.log(Level.WARNING, new IllegalStateException("boom"), () -> "a supplier with a cause");
        log.log(Level.INFO, (String) null);
        assertEquals("[callback 0123456789abcdef] plain", captured.line(0));
        assertEquals("[callback 0123456789abcdef] from a supplier", captured.line(1));
        assertEquals("[callback 0123456789abcdef] order CS1 of 2", captured.line(2), "placeholders still work");
        assertEquals("[callback 0123456789abcdef] one parameter: p", captured.line(3));
        assertEquals("[callback 0123456789abcdef] with its cause", captured.line(4));
        assertEquals("boom", captured.records.get(4).getThrown().getMessage());
        assertEquals("[callback 0123456789abcdef] a supplier with a cause", captured.line(5));
        assertEquals("[callback 0123456789abcdef]", captured.line(6));
    }

    @Test
    void theReferenceIsReadWhenTheLineIsLoggedOnItsThread() throws Exception {
        CallbackRef.set(REF);
        log.info("during");
        CallbackRef.clear();
        log.info("after");
        Thread other = new Thread(() -> log.info("elsewhere"));
        CallbackRef.set(REF);
        other.start();
        other.join();
        assertEquals("[callback 0123456789abcdef] during", captured.line(0));
        assertEquals("after", captured.line(1));
        assertEquals("elsewhere", captured.line(2), "another thread's line carries no reference");
    }

    @Test
    void aRecordLoggedTwiceIsPrefixedOnce() {
        CallbackRef.set(REF);
        LogRecord record = new LogRecord(Level.INFO, "again");
        log.log(record);
        log.log(record);
        assertEquals("[callback 0123456789abcdef] again", captured.line(1));
    }

    @Test
    void aLevelThatIsOffIsNotBuilt() {
        log.setLevel(Level.INFO);
        CallbackRef.set(REF);
        log.fine(() -> {
            throw new AssertionError("a FINE message is never built at INFO");
        });
        assertTrue(captured.records.isEmpty());
    }

    @Test
    void theLoggerIsTheServersOwnAndIsEquippedOnce() {
        Logger again = ConnectorLog.logger(ConnectorLogTest.class);
        assertSame(Logger.getLogger(ConnectorLogTest.class.getName()), again);
        assertInstanceOf(ConnectorLog.ReferenceFilter.class, again.getFilter());
        assertNull(((ConnectorLog.ReferenceFilter) again.getFilter()).get(), "not wrapped in itself");
    }

    @Test
    void aFilterSetBeforeIsConsultedFirstAndPutBackOnRelease() {
        Logger other = Logger.getLogger(ConnectorLogTest.class.getName() + ".other");
        Filter onlyWarnings = r -> r.getLevel().intValue() >= Level.WARNING.intValue();
        other.setFilter(onlyWarnings);
        other.setUseParentHandlers(false);
        other.addHandler(captured);
        try {
            Logger equipped = ConnectorLog.named(other.getName());
            assertSame(other, equipped);
            CallbackRef.set(REF);
            equipped.info("dropped by the filter before");
            equipped.warning("kept");
            assertEquals(1, captured.records.size());
            assertEquals("[callback 0123456789abcdef] kept", captured.line(0));
            ConnectorLog.release();
            assertSame(onlyWarnings, other.getFilter());
        } finally {
            other.removeHandler(captured);
            other.setFilter(null);
        }
    }

    @Test
    void theFilterOfAnEarlierDeploymentIsReplacedItsDelegateKept() throws Exception {
        String name = ConnectorLogTest.class.getName() + ".redeployed";
        Logger logger = Logger.getLogger(name);
        Filter original = r -> true;
        logger.setFilter(original);
        URL classes = ConnectorLog.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader earlier = new URLClassLoader(new URL[] {classes}, null)) {
            Method named = earlier.loadClass(ConnectorLog.class.getName()).getDeclaredMethod("named", String.class);
            named.setAccessible(true);
            named.invoke(null, name);
            Filter theirs = logger.getFilter();
            assertEquals(ConnectorLog.ReferenceFilter.class.getName(), theirs.getClass().getName());
            assertNotSame(ConnectorLog.ReferenceFilter.class, theirs.getClass(), "another class loader's class");

            ConnectorLog.named(name);
            assertInstanceOf(ConnectorLog.ReferenceFilter.class, logger.getFilter(), "this deployment's filter");
            assertSame(original, ((ConnectorLog.ReferenceFilter) logger.getFilter()).get(), "the original kept");
            ConnectorLog.release();
            assertSame(original, logger.getFilter());
        } finally {
            logger.setFilter(null);
        }
    }
}

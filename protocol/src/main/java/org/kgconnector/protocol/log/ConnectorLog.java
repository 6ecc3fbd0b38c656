package org.kgconnector.protocol.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The one place where the connector gets a logger (the architecture tests forbid {@code Logger.getLogger}
 * elsewhere). The logger is the server's own {@code java.util.logging} logger of the class's name, configured by the
 * server as any other, with a {@link Filter} that begins the message of every record with {@code [callback <ref>] }
 * while the logging thread handles a callback ({@link CallbackRef#current()}); other records pass unchanged.
 *
 * <p>{@code java.util.logging} has no mapped diagnostic context, and each server writes its log its own way (Payara
 * and Open Liberty may format a record later, on another thread), so the reference goes into the message itself, at
 * the moment of logging, on the logging thread: the one step every server runs there is the logger's filter
 * ({@link Logger#log(LogRecord)} consults {@link Logger#getFilter()} before any handler: Payara runs the JDK's own
 * {@link Logger}; WildFly's {@code org.jboss.logmanager.Logger} asks its node's filter, and the logging subsystem
 * does not protect the log context, which would refuse {@code setFilter}; Open Liberty's {@code WsLogger} asks
 * {@code getFilter()} in {@code log(LogRecord)}). The filter sees
 * the record once it is made: a {@code Supplier} message is already built, and a parameterised one still has its
 * {@code {0}} placeholders, which keep working behind the prefix (a reference has no character that
 * {@link java.text.MessageFormat} reads specially).
 *
 * <p>Caveats: only records logged through this logger are prefixed (the server's own lines and those of a vendor's
 * provisioner logging with its own logger are not); a message looked up in a resource bundle would lose its lookup
 * (the connector uses none); a filter set on the same logger by the server's configuration is kept and consulted
 * first, unless that configuration is applied again later and replaces this one (then the lines lose their prefix,
 * nothing else). A filter of an earlier deployment of the connector (another class loader) is replaced, its own
 * delegate kept.
 */
public final class ConnectorLog {

    private static final List<Logger> EQUIPPED = new CopyOnWriteArrayList<>();

    private ConnectorLog() {
    }

    /** The logger of {@code type}, its lines prefixed with the callback reference while there is one. */
    public static Logger logger(Class<?> type) {
        return named(type.getName());
    }

    /** The logger of this name, equipped as {@link #logger(Class)}'s. */
    static Logger named(String name) {
        Logger logger = Logger.getLogger(name);
        equip(logger);
        return logger;
    }

    private static synchronized void equip(Logger logger) {
        Filter present = logger.getFilter();
        if (present instanceof ReferenceFilter) {
            return;
        }
        logger.setFilter(new ReferenceFilter(ReferenceFilter.unwrapEarlier(present)));
        EQUIPPED.add(logger);
    }

    /**
     * Takes the filters off again, each logger left with the filter it had before (on undeployment, so that the
     * server's loggers, which outlive the deployment, hold none of its classes).
     */
    public static synchronized void release() {
        for (Logger logger : EQUIPPED) {
            if (logger.getFilter() instanceof ReferenceFilter ours) {
                logger.setFilter(ours.delegate);
            }
        }
        EQUIPPED.clear();
    }

    /** The prefix of a record logged while the thread handles the callback {@code ref}. */
    static String prefix(String ref) {
        return "[callback " + ref + "] ";
    }

    /**
     * Prefixes the message with the thread's callback reference, after the filter it replaced (if any) let the
     * record through. A {@link Supplier} of its delegate, so that the next deployment (whose class of the same name
     * is another class) can reach the original filter.
     */
    static final class ReferenceFilter implements Filter, Supplier<Filter> {

        private final Filter delegate;

        ReferenceFilter(Filter delegate) {
            this.delegate = delegate;
        }

        /** The filter an earlier deployment's {@code ReferenceFilter} wrapped, else {@code present} itself. */
        static Filter unwrapEarlier(Filter present) {
            if (present != null && present.getClass().getName().equals(ReferenceFilter.class.getName())
                    && present instanceof Supplier<?> earlier && (earlier.get() == null || earlier.get() instanceof Filter)) {
                return (Filter) earlier.get();
            }
            return present;
        }

        @Override
        public Filter get() {
            return delegate;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            if (delegate != null && !delegate.isLoggable(record)) {
                return false;
            }
            String ref = CallbackRef.current();
            if (ref != null) {
                String prefix = prefix(ref);
                String message = record.getMessage();
                if (message == null) {
                    record.setMessage(prefix.trim());
                } else if (!message.startsWith(prefix)) {
                    record.setMessage(prefix + message);
                }
            }
            return true;
        }
    }
}

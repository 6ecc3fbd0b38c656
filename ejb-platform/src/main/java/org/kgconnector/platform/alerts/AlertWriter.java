package org.kgconnector.platform.alerts;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.platform.work.OutboundJobs;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Writes an alert's durable work off the caller's thread (a callback's or a worker's): its job in a transaction of
 * its own ({@link AlertJobs}) — a duplicate of the same cause and period, raised by another node at the same moment,
 * loses on the unique key and its second run finds the winner's job — then delivers it at once; the platform's timer
 * retries what did not go through.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertWriter {

    private static final Logger LOG = ConnectorLog.logger(AlertWriter.class);

    @Inject
    AlertJobs jobs;

    @Inject
    OutboundJobs outbound;

    @Asynchronous
    public void write(Alert alert) {
        long jobId;
        try {
            jobId = ConstraintRetry.call(() -> jobs.write(alert));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "the " + alert.cause() + " alert of " + alert.period().key() + " could not be written",
                    failed);
            return;
        }
        outbound.runIfClaimed(jobId);
    }
}

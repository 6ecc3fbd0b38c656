package org.kgconnector.platform.replay;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * On the transactional EJBs that change state for callbacks: records the nonce of the callback being answered as
 * the first write of the first transaction, so that a replay changes nothing (its transaction fails on the nonce
 * and rolls back) and a verified call costs one commit, not two. Calls outside a transaction, or on a thread that
 * answers no nonce-signed callback, pass untouched.
 */
public class NonceFirst {

    @Inject
    ReplayGuard replayGuard;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object recordNonceFirst(InvocationContext invocation) throws Exception {
        CallbackNonce waiting = CallbackNonce.waiting();
        if (waiting != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            replayGuard.recordInTransaction(waiting.keyId(), waiting.nonce());
            waiting.heldByTransaction();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare: the nonce row was flushed with the transaction's first write
                }

                @Override
                public void afterCompletion(int status) {
                    waiting.transactionEnded(status == Status.STATUS_COMMITTED);
                }
            });
        }
        return invocation.proceed();
    }
}

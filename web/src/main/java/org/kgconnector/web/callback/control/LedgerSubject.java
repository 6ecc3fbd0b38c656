package org.kgconnector.web.callback.control;

/** What a callback is about, for the ledger: its activity, the instance (or code) it names, whether it is a test. */
public record LedgerSubject(String activity, String instanceId, Boolean testCall) {
}

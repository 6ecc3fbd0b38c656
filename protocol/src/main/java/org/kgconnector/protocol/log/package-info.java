/**
 * The connector's one way to a {@code java.util.logging} logger ({@link org.kgconnector.protocol.log.ConnectorLog}),
 * and the reference of the callback being handled ({@link org.kgconnector.protocol.log.CallbackRef}): while a
 * thread handles a callback, every line the connector logs on it begins with {@code [callback <ref>] }, the same
 * reference as the callback's ledger row and the answer's {@code X-KooGallery-Callback} header. It lives in the
 * plain protocol jar, which every module that logs depends on (web too, which sees nothing of persistence).
 */
package org.kgconnector.protocol.log;

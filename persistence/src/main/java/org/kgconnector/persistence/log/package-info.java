/**
 * The connector's one way to a {@code java.util.logging} logger ({@link org.kgconnector.persistence.log.ConnectorLog}),
 * and the reference of the callback being handled ({@link org.kgconnector.persistence.log.CallbackRef}): while a
 * thread handles a callback, every line the connector logs on it begins with {@code [callback <ref>] }, the same
 * reference as the callback's ledger row and the answer's {@code X-KooGallery-Callback} header. It lives in the
 * lowest module that logs, so that every module that logs can reach it.
 */
package org.kgconnector.persistence.log;

/**
 * The way every callback travels: the body captured as bytes, the signature verified by a CDI interceptor with
 * the key of the address's interface type, the nonce recorded once per key across the cluster, the answer
 * serialised once and signed over exactly those bytes ({@code Body-Sign}), and the exchange written to the ledger.
 */
package org.kgconnector.web.callback.control;

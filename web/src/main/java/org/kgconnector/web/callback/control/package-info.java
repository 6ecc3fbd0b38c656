/**
 * The way every callback travels: the body captured as bytes ({@link org.kgconnector.web.callback.control.ReceivedCallback}),
 * the signature verified by a CDI interceptor with the key of the address's interface type and the nonce recorded
 * once per key across the cluster, the resource handed an immutable
 * {@link org.kgconnector.web.callback.control.VerifiedCallback}, the answer serialised once and signed over exactly
 * those bytes ({@code Body-Sign}), and the exchange's stages written to the ledger. The error contract of the
 * callback addresses (signed {@code 000002}/{@code 000005}) and of the APIs (problem documents) ends here too.
 */
package org.kgconnector.web.callback.control;

/**
 * The way every callback travels: the body captured as bytes within the address's limit (none when the signature
 * parameters already refuse the call, large ones a few at a time), the signature verified by a CDI interceptor
 * with the key of the address's interface type over the raw bytes first, the resource handed an immutable
 * {@link org.kgconnector.web.callback.control.VerifiedCallback}, the nonce recorded by the callback's own business
 * transaction (a V1 call answered again from its earlier success), the answer serialised once and signed over
 * exactly those bytes ({@code Body-Sign}), and the exchange handed to the ledger (a bounded row for a call that was
 * not verified). The error contract of the callback addresses (signed {@code 000002}/{@code 000005}) and of the
 * APIs (problem documents) ends here too.
 */
package org.kgconnector.web.callback.control;

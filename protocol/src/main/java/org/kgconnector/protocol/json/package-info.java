/**
 * The two canonical JSON forms of the protocol: the top-level-sorted form that inbound signatures are
 * computed over, and the fully sorted, all-strings form of the outbound usage push.
 */
package org.kgconnector.protocol.json;

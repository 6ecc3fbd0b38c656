/** The time formats of the protocol: epoch milliseconds, V1 {@code timeStamp}, {@code expireTime}, APIG and usage times. */
package org.kgconnector.protocol.time;

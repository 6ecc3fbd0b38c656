/** The result codes merchants answer with, as six-character strings. */
package org.kgconnector.protocol.result;

/** The Kit writes, one transaction each, and the decryption of application client secrets. */
package org.kgconnector.kit.sync.control;

/**
 * Secrets at rest (app passwords, Kit client secrets, generated signing keys): sealed with AES-GCM under
 * {@code koogallery.secrets.key}, or under a key generated on first start and kept in the server's configuration
 * directory.
 */
package org.kgconnector.persistence.secrets;

/**
 * Signing keys every node shares: configured, or generated once and kept sealed in the database (license
 * documents, the joint-operation login's hand-off tokens).
 */
package org.kgconnector.platform.keys;

/**
 * Durable provisioning: the handler of the platform's durable work for provisioning jobs (claimed by one node at a
 * time, in order per instance), the vendor's {@link org.kgconnector.spi.Provisioner} chosen by configuration, the
 * built-in provisioner that works out of the box, the webhook provisioner, and the wait for an order before a create.
 */
package org.kgconnector.saas.provisioning.control;

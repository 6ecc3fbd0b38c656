/**
 * Durable provisioning: job rows claimed by one node at a time, the vendor's {@link org.kgconnector.spi.Provisioner}
 * chosen by configuration, the built-in provisioner that works out of the box, and the timer that resumes jobs
 * that a crash or a back-off left behind.
 */
package org.kgconnector.saas.provisioning.control;

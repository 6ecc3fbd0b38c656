/**
 * The vendor's extension points. A vendor implements {@link org.kgconnector.spi.Provisioner} (SaaS instances)
 * or {@link org.kgconnector.spi.LicenseIssuer} (License products) as a CDI bean with a {@code @Named} name,
 * packages it in a jar in the EAR's {@code lib/}, and names it in {@code koogallery.provisioning.provisioner} or
 * {@code koogallery.license.issuer}. The connector calls them from durable jobs after the callback that caused
 * the work has been recorded, so a crash loses nothing; every method may be called again for the same event and
 * must then give the same result.
 */
package org.kgconnector.spi;

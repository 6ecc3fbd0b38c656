/**
 * The connector's one persistence unit ({@code koogallery}): entities by business component, the Flyway
 * migrations under {@code db/migration} that own the schema, and the sealing of secrets at rest.
 */
package org.kgconnector.persistence;

/** Runs the versioned Flyway migrations of {@code db/migration} against the connector's datasource. */
package org.kgconnector.persistence.schema;

/**
 * The system-test harness: a Payara Server domain running the real EAR ({@link org.kgconnector.systemtest.ConnectorServer})
 * and the machine's PostgreSQL ({@link org.kgconnector.systemtest.PostgresForTests}).
 */
package org.kgconnector.systemtest;

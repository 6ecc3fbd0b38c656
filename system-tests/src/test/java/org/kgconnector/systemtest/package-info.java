/**
 * The system-test harness: a Payara Server domain running the real EAR ({@link org.kgconnector.systemtest.ConnectorServer}),
 * a small marketplace emulator that signs callbacks and checks {@code Body-Sign}
 * ({@link org.kgconnector.systemtest.Marketplace}), and direct JDBC access to the connector's database.
 */
package org.kgconnector.systemtest;

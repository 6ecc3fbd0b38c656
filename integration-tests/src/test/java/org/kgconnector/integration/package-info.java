/**
 * Arquillian tests in Payara Micro. Each deployment is a WAR assembled from the modules under test (EJB Lite in
 * {@code WEB-INF/lib}, the web module's packages, Hibernate and Flyway) with an H2 database the test can read,
 * and a {@link org.kgconnector.integration.ScriptedProvisioner} whose behaviour each order id selects.
 */
package org.kgconnector.integration;

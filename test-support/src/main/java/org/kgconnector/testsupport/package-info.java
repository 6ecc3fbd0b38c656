/**
 * What the Arquillian and system tests share: a marketplace emulator that builds and signs V2 callbacks the way
 * KooGallery does and checks {@code Body-Sign} on the answers, and direct JDBC reads of the connector's database.
 */
package org.kgconnector.testsupport;

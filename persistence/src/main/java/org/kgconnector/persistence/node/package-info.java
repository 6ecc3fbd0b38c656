/**
 * This node's place on its application server: the directory where it keeps its files and the name it gives
 * itself, from configuration or, by default, from what Payara, WildFly or Open Liberty say about themselves.
 */
package org.kgconnector.persistence.node;

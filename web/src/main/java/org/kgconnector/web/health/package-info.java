/** The node's own status (schema, families, ledger backlog, database) and the MicroProfile Health checks that report it. */
package org.kgconnector.web.health;

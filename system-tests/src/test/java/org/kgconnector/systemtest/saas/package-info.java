/**
 * The SaaS V2 production address driven over HTTP like the marketplace: the whole lifecycle, idempotency under
 * concurrency, and every way a call can be refused, each checked in the answer and in the database. The same
 * scenarios run on embedded H2 and on PostgreSQL.
 */
package org.kgconnector.systemtest.saas;

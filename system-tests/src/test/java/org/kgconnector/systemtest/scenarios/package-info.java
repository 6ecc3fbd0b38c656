/**
 * The production addresses driven over HTTP like the marketplace — SaaS V2 and V1, the Kit syncs, the admin
 * API — through whole lifecycles, duplicates under concurrency and every way a call can be refused, each
 * checked in the answer and in the database. The same scenarios run on embedded H2 and on PostgreSQL.
 */
package org.kgconnector.systemtest.scenarios;

/**
 * The platform: what the product families (SaaS, licensing, Kit) share, an EJB module of its own that starts
 * first. The marketplace's open APIs and their ledger, orders, durable outbound work, the inbound ledger, the
 * nonce store, schema migration, cluster leases and the admin views. It knows no family; the families build on it
 * and never on each other.
 */
package org.kgconnector.platform;

/**
 * Joint-operation (Kit) data as the five syncs deliver it, by the natural keys of docs/protocol/kit.md §4: tenants (shared by
 * every instance bound to them), bindings of tenants to instances, application credentials (secret sealed),
 * departments, users, and each user's authorisation per instance and application.
 */
package org.kgconnector.persistence.kit;

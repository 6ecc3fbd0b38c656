/**
 * The joint-operation single sign-on (docs/protocol/kit.md §5): the code (or CAS ticket) a tenant's identity provider sends is
 * exchanged with the tenant's own credentials, and only a user that authSync authorised and enabled is admitted.
 */
package org.kgconnector.kit.sso;

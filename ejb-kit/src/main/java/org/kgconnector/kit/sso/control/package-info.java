/**
 * The identity provider's HTTP API (token, userinfo, CAS serviceValidate), called only at an address the rules
 * allow (an {@code https} origin that resolves to public addresses, no redirects, bounded answers), and the
 * directory lookups behind a login.
 */
package org.kgconnector.kit.sso.control;

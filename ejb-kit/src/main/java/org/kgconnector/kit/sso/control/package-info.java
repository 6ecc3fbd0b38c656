/** The identity provider's HTTP API (token, userinfo, CAS serviceValidate) and the directory lookups behind a login. */
package org.kgconnector.kit.sso.control;

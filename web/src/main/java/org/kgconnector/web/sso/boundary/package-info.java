/** The login start, the OAuth and CAS callbacks, token renewal, logout and the JWKS of the hand-off tokens. */
package org.kgconnector.web.sso.boundary;

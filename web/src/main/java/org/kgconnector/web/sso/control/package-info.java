/** The short-lived RS256 tokens that hand a logged-in user to the vendor's application, and their public key. */
package org.kgconnector.web.sso.control;

/**
 * The short-lived RS256 tokens that hand a logged-in user to the vendor's application (with an audience and a
 * tenant-qualified subject), their public key, and the page that posts a token to the application.
 */
package org.kgconnector.web.sso.control;

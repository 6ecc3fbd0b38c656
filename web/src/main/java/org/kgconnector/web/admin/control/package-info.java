/**
 * Who the operator is (the authentication mechanism of HTTP Basic and the console's session, the identity store of
 * {@code koogallery.admin.users} with salted PBKDF2 hashes, the server's own realm where that setting names it, the
 * throttling of failed sign-ins), the admin API's parameters and pages, and the configuration check.
 */
package org.kgconnector.web.admin.control;

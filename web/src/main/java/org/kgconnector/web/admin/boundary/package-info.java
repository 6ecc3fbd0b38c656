/**
 * {@code /koogallery/admin/…}: the JSON admin API, the one scripts use and the console reads, for the role
 * {@code koogallery-admin} (HTTP Basic, or the console's session with its CSRF token on every change).
 */
package org.kgconnector.web.admin.boundary;

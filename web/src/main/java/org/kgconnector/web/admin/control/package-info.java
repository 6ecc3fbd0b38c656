/**
 * The identity store of the admin users configured in {@code koogallery.admin.users} (salted PBKDF2 hashes) and
 * the throttling of failed sign-ins.
 */
package org.kgconnector.web.admin.control;

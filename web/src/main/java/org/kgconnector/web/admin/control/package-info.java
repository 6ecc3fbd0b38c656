/** The admin views' queries and the identity store of the admin users configured in {@code koogallery.admin.users}. */
package org.kgconnector.web.admin.control;

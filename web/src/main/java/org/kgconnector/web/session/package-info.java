/** The browser's half of the login sessions the connector keeps in its database. */
package org.kgconnector.web.session;

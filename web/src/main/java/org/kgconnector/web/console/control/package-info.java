/** The console's files and its sign-in: the form checked by the admin identity store, the session in the database. */
package org.kgconnector.web.console.control;

/**
 * The console's files and its sign-in (the caller the operator's authentication mechanism admitted gets a session in
 * the database), and the redirects it makes, by paths alone.
 */
package org.kgconnector.web.console.control;

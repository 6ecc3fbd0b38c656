/** The operator's console: its page and files, signing in and out. */
package org.kgconnector.web.console.boundary;

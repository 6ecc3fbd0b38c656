/** The vendor API's bearer-token check, its JSON request reading and its error answers. */
package org.kgconnector.web.api.control;

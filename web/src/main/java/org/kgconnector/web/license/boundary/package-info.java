/** The License resources: thin, they read the request into a command and answer what the EJBs decide. */
package org.kgconnector.web.license.boundary;

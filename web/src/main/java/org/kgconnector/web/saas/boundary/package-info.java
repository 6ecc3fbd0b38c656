/**
 * {@code POST /koogallery/saas}: the SaaS V2 base activities and {@code orderNotify}. The resource is thin: its
 * body was captured and its signature checked before it runs; it turns the body into a command, hands it to
 * the SaaS EJB and answers signed.
 */
package org.kgconnector.web.saas.boundary;

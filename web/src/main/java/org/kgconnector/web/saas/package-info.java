/** The SaaS production address {@code /koogallery/saas}. */
package org.kgconnector.web.saas;

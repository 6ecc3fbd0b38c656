/** Turns verified SaaS V2 bodies into command records and outcomes into answer bodies. */
package org.kgconnector.web.saas.control;

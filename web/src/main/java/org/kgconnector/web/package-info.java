/** The web module: the JAX-RS application of every production address, health checks and, later, the admin API. */
package org.kgconnector.web;

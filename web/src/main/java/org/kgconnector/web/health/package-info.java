/** MicroProfile Health checks: the database answers, and which product families serve their callbacks. */
package org.kgconnector.web.health;

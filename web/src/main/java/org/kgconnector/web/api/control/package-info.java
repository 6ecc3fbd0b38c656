/** The vendor API's bearer-token check, its request records (bound from JSON, checked by Bean Validation) and its error answers. */
package org.kgconnector.web.api.control;

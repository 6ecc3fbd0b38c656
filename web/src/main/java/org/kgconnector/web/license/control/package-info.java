/** Validation of License callbacks into command records, and the answers of the License families. */
package org.kgconnector.web.license.control;

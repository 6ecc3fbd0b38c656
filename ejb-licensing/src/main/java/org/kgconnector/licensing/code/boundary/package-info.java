/** What the web layer calls: the license-code callbacks and the vendor-facing license-code service. */
package org.kgconnector.licensing.code.boundary;

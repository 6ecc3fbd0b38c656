/** What the web layer calls: the online-License activities and the legacy License activities. */
package org.kgconnector.licensing.online.boundary;

/** SaaS instances, one per order line, and the upgrades applied to them. */
package org.kgconnector.persistence.instance;

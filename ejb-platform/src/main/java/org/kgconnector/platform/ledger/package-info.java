/** The inbound ledger: what every callback and login step sent, how its check ended and what it was answered. */
package org.kgconnector.platform.ledger;

/** Order notifications received from the marketplace ({@code orderNotify}), one per order line. */
package org.kgconnector.persistence.order;

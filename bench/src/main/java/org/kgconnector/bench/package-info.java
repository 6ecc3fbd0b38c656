/** Load drivers that measure the running connector from outside, over HTTP, as the marketplace reaches it. */
package org.kgconnector.bench;

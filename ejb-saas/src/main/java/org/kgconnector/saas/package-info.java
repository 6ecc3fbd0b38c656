/** SaaS products: the instance lifecycle of the V2 (and later V1) callbacks and the provisioning jobs behind it. */
package org.kgconnector.saas;

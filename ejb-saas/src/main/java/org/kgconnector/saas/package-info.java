/**
 * SaaS products: the V2 and V1 instance lifecycle, the provisioning jobs behind it, and pay-per-use usage with its
 * pushes. The open APIs, orders and cluster leases it uses are the platform's.
 */
package org.kgconnector.saas;

/**
 * The operator's read-only view under {@code /koogallery/admin}: instances of every protocol version, their
 * provisioning jobs, and the inbound ledger. Open to the role {@code koogallery-admin} only.
 */
package org.kgconnector.web.admin;

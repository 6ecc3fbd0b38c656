/** {@code GET /koogallery/admin/…}: JSON views for the operator, authenticated with HTTP Basic. */
package org.kgconnector.web.admin.boundary;

/**
 * The License addresses: {@code POST /koogallery/license-code} (license codes 2.0), {@code POST} and
 * {@code GET /koogallery/license} (online License, legacy License), and the vendor's license-code API under
 * {@code /koogallery/api/license-codes}.
 */
package org.kgconnector.web.license;

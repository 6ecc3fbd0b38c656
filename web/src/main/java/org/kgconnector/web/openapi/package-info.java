/**
 * {@code GET /koogallery/openapi.json}: the OpenAPI document of the admin API ({@code /koogallery/admin/…}) and the
 * vendor API ({@code /koogallery/api/…}), written by hand beside the code and checked against it by a test.
 */
package org.kgconnector.web.openapi;

/**
 * The vendor-facing API under {@code /koogallery/api}: what the vendor's own software calls, authenticated with a
 * bearer token from {@code koogallery.api.tokens}. Answers are plain JSON with HTTP status codes.
 */
package org.kgconnector.web.api;

/**
 * The connector's signed webhooks, one way for all of them: a JSON body POSTed with
 * {@code X-KooGallery-Signature: hex(HMAC-SHA256(secret, body))}, no redirect followed (the provisioning webhook,
 * the alert hook).
 */
package org.kgconnector.platform.webhook;

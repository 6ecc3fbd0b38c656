/**
 * Usage ingestion (validation of the vendor's events and their recording, each event id once) and what the
 * operator does with a dead letter (push it again, unchanged).
 */
package org.kgconnector.saas.usage.boundary;

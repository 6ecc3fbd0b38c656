/** Usage ingestion: validation of the vendor's events and their recording, each event id once. */
package org.kgconnector.saas.usage.boundary;

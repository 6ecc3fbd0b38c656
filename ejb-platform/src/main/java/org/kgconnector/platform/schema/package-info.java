/** The schema migrated when the application starts (the platform module starts first), before any call is served. */
package org.kgconnector.platform.schema;

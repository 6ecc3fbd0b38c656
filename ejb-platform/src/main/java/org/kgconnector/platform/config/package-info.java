/** The connector's settings, typed, each default stated once. */
package org.kgconnector.platform.config;

/** Reads Kit sync bodies of both versions (arrays or JSON strings, V1 {@code extension} and {@code name}) into commands. */
package org.kgconnector.web.kit.control;

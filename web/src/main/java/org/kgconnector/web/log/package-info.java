/**
 * The callback reference on the request thread: set by whoever starts a callback or login step, always cleared
 * here once the answer is written ({@link org.kgconnector.web.log.CallbackRefFilter}), and named in the answer's
 * {@value org.kgconnector.web.log.CallbackRefFilter#HEADER} header.
 */
package org.kgconnector.web.log;

/** The error contract of the vendor and admin APIs: {@code application/problem+json} answers (RFC 9457). */
package org.kgconnector.web.problem;

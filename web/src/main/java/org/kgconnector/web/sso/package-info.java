/** {@code /koogallery/sso/…}: the joint-operation login broker and its hand-off to the vendor's application. */
package org.kgconnector.web.sso;

/**
 * License instances and grants in the database, the checks of a license application (000900–000903), the
 * issuers (the built-in signed license document, or the vendor's), the shared signing key, and the upload.
 */
package org.kgconnector.licensing.online.control;

/** The vendor API's resources: license codes (activation, check, usage) and the license-document key. */
package org.kgconnector.web.api.boundary;

/** What the web layer calls to log a joint-operation user in, renew the session's token, and find the tenant's logout. */
package org.kgconnector.kit.sso.boundary;

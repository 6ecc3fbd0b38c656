/** The five Kit syncs (tenant, application, user authorisation, single and full department sync), V1 and V2 alike. */
package org.kgconnector.kit.sync;

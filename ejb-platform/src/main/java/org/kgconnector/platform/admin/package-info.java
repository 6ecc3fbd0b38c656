/**
 * What the admin API and the console show and do for the operator: instances with their timelines, the ledger,
 * durable work, tenants, licenses and the overview, as records paged by key; retry now and give up.
 */
package org.kgconnector.platform.admin;

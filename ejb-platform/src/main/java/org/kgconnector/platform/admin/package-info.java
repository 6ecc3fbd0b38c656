/** What the admin API shows the operator: instances, jobs, the ledger and usage records, as records, bounded. */
package org.kgconnector.platform.admin;

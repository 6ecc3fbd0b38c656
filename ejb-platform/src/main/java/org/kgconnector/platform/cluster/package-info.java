/** Named leases in the database: the work that one node at a time must do (closing usage hours) takes one. */
package org.kgconnector.platform.cluster;

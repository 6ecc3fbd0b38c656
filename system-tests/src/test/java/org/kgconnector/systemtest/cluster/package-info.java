/** The cluster cases: two Payara Server instances sharing PostgreSQL, calls landing on either, one of them killed. */
package org.kgconnector.systemtest.cluster;

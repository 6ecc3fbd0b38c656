/** Login sessions in the database, for every login the connector keeps: the joint-operation login and the console. */
package org.kgconnector.platform.session;

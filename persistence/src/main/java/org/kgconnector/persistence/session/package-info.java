/** The login sessions of browsers, shared by every node: the joint-operation login's and the console's. */
package org.kgconnector.persistence.session;

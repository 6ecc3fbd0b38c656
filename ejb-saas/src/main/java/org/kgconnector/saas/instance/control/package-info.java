/**
 * The writes and reads behind the SaaS callbacks, each write in a transaction of its own so that a duplicate
 * that lost the race on a unique constraint can simply be run again and find the winner's row.
 */
package org.kgconnector.saas.instance.control;

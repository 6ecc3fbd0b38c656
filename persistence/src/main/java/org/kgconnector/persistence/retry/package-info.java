/** Running a write transaction again after it lost a race on a unique constraint, so that it finds the winner's row. */
package org.kgconnector.persistence.retry;

/**
 * Retention: every table that grows with traffic is trimmed by age ({@code koogallery.retention.*}), in batches, by
 * one node at a time; what is still needed (pending work, records not yet pushed, dead letters, instances and
 * their latest state) is never trimmed.
 */
package org.kgconnector.platform.retention;

/**
 * What the web layer calls for Kit syncs: validated command records in, a result out. Adds are upserts, deletes
 * succeed when absent, duplicates change nothing twice (kit.md §4, decision 9).
 */
package org.kgconnector.kit.sync.boundary;

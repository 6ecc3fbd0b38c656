/**
 * What the web layer calls for Kit syncs: validated command records in, a result out. Adds are upserts, deletes
 * succeed when absent, duplicates change nothing twice (docs/protocol/kit.md §4, decision 9 of docs/protocol/decisions.md).
 */
package org.kgconnector.kit.sync.boundary;

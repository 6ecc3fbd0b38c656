/**
 * License codes 2.0 (docs/protocol/license.md §1): the marketplace's callbacks that renew, freeze, unfreeze and release a
 * code, and the vendor software's side — activating a code a user typed in, asking whether it is usable now,
 * reporting daily usage — through the marketplace's license APIs.
 */
package org.kgconnector.licensing.code;

package org.kgconnector.web.license.control;

import java.time.Instant;
import java.util.Map;
import org.kgconnector.licensing.online.boundary.LicenseCommands;
import org.kgconnector.web.callback.control.QueryFields;

/** Validates the query parameters of the legacy License activities (docs/protocol/license.md §3) into command records. */
public final class LegacyLicenseQueries {

    static final int ID = 64;

    private final QueryFields fields;
    private final boolean test;

    public LegacyLicenseQueries(Map<String, String> parameters) {
        this.fields = new QueryFields(parameters);
        this.test = fields.testFlag();
    }

    public String activity() {
        return fields.required("activity", 20);
    }

    public boolean test() {
        return test;
    }

    public LicenseCommands.GetLicense getLicense() {
        String expireRaw = fields.optional("expireTime", 20);
        Instant expireTime = expireRaw == null ? null : LicenseFields.expireTime(expireRaw);
        String amount = fields.integer("amount", 7);
        return new LicenseCommands.GetLicense(fields.required("orderId", ID), fields.required("businessId", ID),
                fields.required("customerId", 100), fields.optional("customerName", 64), fields.required("productId", ID),
                fields.optional("skuCode", ID), fields.optional("periodType", 10),
                amount == null ? null : Integer.valueOf(amount), expireTime, expireRaw, test);
    }

    public LicenseCommands.Renew refreshLicense() {
        String raw = fields.required("expireTime", 20);
        String orderId = fields.required("orderId", ID);
        return new LicenseCommands.Renew(fields.required("instanceId", ID), "RENEWAL", orderId, orderId,
                fields.optional("productId", ID), LicenseFields.expireTime(raw), raw, test);
    }

    public LicenseCommands.Status expireLicense() {
        return new LicenseCommands.Status(fields.required("instanceId", ID), true, test);
    }

    public LicenseCommands.Release releaseLicense() {
        return new LicenseCommands.Release(fields.required("instanceId", ID), test);
    }

    /** The instance id the query names, for the ledger; never throws. */
    public String instanceIdForLedger() {
        try {
            return fields.optional("instanceId", ID);
        } catch (RuntimeException overLong) {
            return null;
        }
    }
}

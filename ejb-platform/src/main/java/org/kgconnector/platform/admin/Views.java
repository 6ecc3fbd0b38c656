package org.kgconnector.platform.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kgconnector.persistence.kit.KitAuthorisation;
import org.kgconnector.persistence.kit.KitApplication;
import org.kgconnector.persistence.kit.KitDepartment;
import org.kgconnector.persistence.kit.KitTenant;
import org.kgconnector.persistence.kit.KitUser;
import org.kgconnector.persistence.license.LicenseCode;
import org.kgconnector.persistence.license.LicenseGrant;
import org.kgconnector.persistence.outbound.OutboundCall;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.instance.SaasInstance;
import org.kgconnector.persistence.job.ProvisioningJob;
import org.kgconnector.persistence.ledger.InboundCallback;
import org.kgconnector.persistence.usage.UsageRecord;

/** What the admin API shows; never a secret (no password, no key, no clear contact data). */
public final class Views {

    private Views() {
    }

    /** An instance as the operator sees it. */
    public record InstanceView(String instanceId, String orderId, String orderLineId, String protocolVersion,
                               boolean test, String lifecycle, String provisioning, String provisioningError,
                               String productId, String chargingMode, Instant expireTime, Instant createdAt,
                               Instant updatedAt) {
    }

    /** A provisioning job. */
    public record JobView(long id, String instanceId, String action, String state, int attempts, Instant nextAttemptAt,
                          String lastError) {
    }

    /** A ledger row, bodies redacted as stored; {@code ref} is the reference its log lines carry. */
    public record CallbackView(long id, String ref, Instant receivedAt, long durationMs, String method, String address,
                               String activity, String keyId, String verification, String resultCode, String resultMsg,
                               String instanceId, Boolean test, String node, String requestQuery, String requestBody,
                               String answerBody) {
    }

    /** A usage record as the operator sees it. */
    public record UsageRecordView(long id, String instanceId, String packageInstanceId, Instant periodStart,
                                  int sequence, String meteringSn, String usageValue, String pushApi, String state,
                                  int attempts, Instant nextAttemptAt, String lastError) {
    }

    static InstanceView of(SaasInstance i) {
        return new InstanceView(i.getInstanceId(), i.getOrderId(), i.getOrderLineId(), i.getProtocolVersion().name(),
                i.isTestCall(), i.getLifecycle().name(), i.getProvisioning().name(), i.getProvisioningError(),
                i.getProductId(), i.getChargingMode(), i.getExpireTime(), i.getCreatedAt(), i.getUpdatedAt());
    }

    static JobView of(ProvisioningJob j) {
        return new JobView(j.getId(), j.getInstanceId(), j.getAction().name(), j.getState().name(), j.getAttempts(),
                j.getNextAttemptAt(), j.getLastError());
    }

    static CallbackView of(InboundCallback c) {
        return new CallbackView(c.getId(), c.getRef(), c.getReceivedAt(), c.getDurationMs(), c.getHttpMethod(), c.getAddress(),
                c.getActivity(), c.getKeyId(), c.getVerification().name(), c.getResultCode(), c.getResultMsg(),
                c.getInstanceId(), c.getTestCall(), c.getNode(), c.getRequestQuery(), c.getRequestBody(),
                c.getAnswerBody());
    }

    static UsageRecordView of(UsageRecord r) {
        return new UsageRecordView(r.getId(), r.getInstanceId(), r.getPackageInstanceId(), r.getPeriodStart(),
                r.getSequence(), r.getMeteringSn(), r.getUsageValue().toPlainString(), r.getPushApi(), r.getState().name(),
                r.getAttempts(), r.getNextAttemptAt(), r.getLastError());
    }

    /**
     * One instance's timeline: the instance, every provisioning job with its attempts and last error, the callbacks
     * that named it (newest first) with their verification and the exact answer, the open-API calls about its order
     * with the marketplace's answers, and its hourly usage records.
     */
    public record InstanceDetail(InstanceView instance, List<JobView> jobs, List<CallbackView> callbacks,
                                 List<OutboundJobView> outboundJobs, List<OutboundCallView> outboundCalls,
                                 List<UsageRecordView> usage) {
    }

    /** A piece of outbound work (an order fetch, a license upload, an alert). */
    public record OutboundJobView(long id, String kind, String subject, String subjectLine, String state, int attempts,
                                  Instant nextAttemptAt, String lastError, Instant createdAt, Instant finishedAt) {
    }

    static OutboundJobView of(OutboundJob j) {
        return new OutboundJobView(j.getId(), j.getKind().name(), j.getSubject(), j.getSubjectLine(), j.getState().name(),
                j.getAttempts(), j.getNextAttemptAt(), j.getLastError(), j.getCreatedAt(), j.getFinishedAt());
    }

    /** A call the connector made to the marketplace's open API, with its answer (bodies redacted as stored). */
    public record OutboundCallView(long id, Instant calledAt, long durationMs, String api, String method, String url,
                                   String subject, Integer httpStatus, String errorCode, String outcome,
                                   String requestBody, String answerBody, String node) {
    }

    static OutboundCallView of(OutboundCall c) {
        return new OutboundCallView(c.getId(), c.getCalledAt(), c.getDurationMs(), c.getApi(), c.getMethod(), c.getUrl(),
                c.getSubject(), c.getHttpStatus(), c.getErrorCode(), c.getOutcome(), c.getRequestBody(),
                c.getAnswerBody(), c.getNode());
    }

    /** A joint-operation tenant. */
    public record TenantView(String tenantId, String tenantCode, String name, String domainName, boolean test,
                             Instant updatedAt) {
    }

    static TenantView of(KitTenant t) {
        return new TenantView(t.getTenantId(), t.getTenantCode(), t.getName(), t.getDomainName(), t.isTestData(),
                t.getUpdatedAt());
    }

    /** An app of a tenant (its client secret is never shown). */
    public record ApplicationView(String instanceId, String appId, String clientId, boolean test, Instant updatedAt) {
    }

    static ApplicationView of(KitApplication a) {
        return new ApplicationView(a.getInstanceId(), a.getAppId(), a.getClientId(), a.isTestData(), a.getUpdatedAt());
    }

    /** A user of a tenant (no contact data: no mobile, no e-mail). */
    public record UserView(String userName, String name, String orgCode, String position, boolean test) {
    }

    static UserView of(KitUser u) {
        return new UserView(u.getUserName(), u.getName(), u.getOrgCode(), u.getPosition(), u.isTestData());
    }

    /** Who may use an app, and as what. */
    public record AuthorisationView(String instanceId, String appId, String userName, String role, boolean enabled,
                                    boolean revoked, String syncTime) {
    }

    static AuthorisationView of(KitAuthorisation a) {
        return new AuthorisationView(a.getInstanceId(), a.getAppId(), a.getUserName(), a.getRole(), a.isEnabled(),
                a.isRevoked(), a.getSyncTime());
    }

    /** A department with the departments under it. */
    public record DepartmentNode(String orgCode, String orgName, boolean test, List<DepartmentNode> children) {
    }

    static DepartmentNode leaf(KitDepartment d, List<DepartmentNode> children) {
        return new DepartmentNode(d.getOrgCode(), d.getOrgName(), d.isTestData(), children);
    }

    /** A tenant with its apps, authorised users and department tree (its users are paged apart). */
    public record TenantDetail(TenantView tenant, List<ApplicationView> applications,
                               List<AuthorisationView> authorisations, List<DepartmentNode> departments) {
    }

    /** A license code (2.0) and its state; the code itself is a customer's key, shown by its first and last four. */
    public record LicenseCodeView(String license, String state, boolean activated, Instant activatedAt,
                                  String marketplaceStatus, Instant expireTime, String orderId, String productId,
                                  Integer amount, boolean test, String lastError, Instant createdAt) {
    }

    static LicenseCodeView of(LicenseCode c) {
        String state = c.isReleased() ? "RELEASED" : c.isFrozen() ? "FROZEN" : c.isActivated() ? "ACTIVATED" : "ISSUED";
        return new LicenseCodeView(masked(c.getLicense()), state, c.isActivated(), c.getActivatedAt(), c.getMarketplaceStatus(),
                c.getExpireTime(), c.getOrderId(), c.getProductId(), c.getAmount(), c.isTestCall(), c.getLastError(),
                c.getCreatedAt());
    }

    /** A key shown by its first and last four characters ({@code ABCD…WXYZ}); a short one not at all. */
    static String masked(String key) {
        return key == null ? null : key.length() <= 12 ? "…" : key.substring(0, 4) + "…" + key.substring(key.length() - 4);
    }

    /** An online-License grant: one license issued for one device of one event (its content is never shown). */
    public record LicenseGrantView(long id, String instanceId, String eventId, String fingerprintSha256,
                                   Instant effectiveTime, Instant expireTime, String licenseType, String fileName,
                                   String state, Instant uploadedAt, boolean test, Instant createdAt) {
    }

    static LicenseGrantView of(LicenseGrant g) {
        String state = g.getUploadedAt() != null ? "UPLOADED" : g.getContentSha256() != null ? "ISSUED" : "WAITING";
        return new LicenseGrantView(g.getId(), g.getInstanceId(), g.getEventId(), g.getFingerprintSha256(),
                g.getEffectiveTime(), g.getExpireTime(), g.getLicenseType(), g.getFileName(), state, g.getUploadedAt(),
                g.isTestCall(), g.getCreatedAt());
    }

    /** Work of one kind by where it stands: waiting, failing (waiting after a failed attempt), given up. */
    public record WorkCounts(String kind, long pending, long failing, long givenUp) {
    }

    /** What the console's overview shows of the last 24 hours and of now. */
    public record Overview(Instant since, Map<String, Map<String, Long>> callbacksByFamily,
                           Map<String, Long> verificationFailures, Latency latency, List<WorkCounts> work,
                           UsageSummary usage) {
    }

    /** The answer times of the callbacks in a period, in milliseconds. */
    public record Latency(long count, long median, long p99, long slowest) {
    }

    /** Usage today and now. */
    public record UsageSummary(long eventsToday, long recordsWaiting, long deadLetters, Instant lastPush) {
    }
}

package org.kgconnector.licensing.online.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.kgconnector.persistence.license.LicenseGrant;
import org.kgconnector.persistence.license.LicenseInstance;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.marketplace.MarketplaceAnswer;
import org.kgconnector.platform.marketplace.MarketplaceClient;
import org.kgconnector.platform.work.OutboundWork;
import org.kgconnector.platform.work.WorkOutcome;
import org.kgconnector.protocol.client.MultipartBody;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.spi.IssuedLicense;
import org.kgconnector.spi.LicenseRequest;

/**
 * Issues a grant's license once (kept before it is sent, so a retry uploads the same bytes) and uploads it with
 * the string/file-upload API (docs/protocol/openapi.md §8) keyed by the event id: text of at most 1024 characters as
 * {@code CHARACTERS}, anything else as {@code FILE} with its SHA-256. The marketplace's refusals of the license
 * itself (91381033–91381038, invalid parameters) are given up for the operator; the rest is retried.
 */
@ApplicationScoped
public class LicenseUploader implements OutboundWork {

    static final String PATH = "/api/mkp-openapi-public/global/v1/market-event/%s/file";
    static final int MAX_CHARACTERS = 1024;
    private static final Set<String> REFUSED_FOR_GOOD = Set.of("CBC.0101", "91381033", "91381034", "91381035",
            "91381037", "91381038", "91380150");

    @Inject
    LicenseChanges changes;

    @Inject
    IssuerSelector issuers;

    @Inject
    MarketplaceClient marketplace;

    @Override
    public OutboundKind kind() {
        return OutboundKind.UPLOAD_LICENSE;
    }

    /** An upload job's subject is the grant's id. */
    @Override
    public WorkOutcome run(OutboundJob job) {
        return upload(Long.parseLong(job.getSubject()));
    }

    public WorkOutcome upload(long grantId) {
        LicenseGrant grant = changes.grant(grantId);
        if (grant.getUploadedAt() != null) {
            return WorkOutcome.done();
        }
        if (grant.getLicenseContent() == null) {
            grant = issue(grant);
        }
        MultipartBody body = new MultipartBody();
        String described;
        if ("CHARACTERS".equals(grant.getLicenseType())) {
            body.json("isvUpdateFileReq", JsonText.toAsciiJson(JsonText.provider().createObjectBuilder()
                    .add("type", "CHARACTERS").add("characters", grant.getLicenseContent()).build()));
            described = "CHARACTERS, " + grant.getLicenseContent().length() + " characters";
        } else {
            body.json("isvUpdateFileReq", JsonText.toAsciiJson(JsonText.provider().createObjectBuilder()
                    .add("type", "FILE").add("file_name", grant.getFileName()).add("sha256", grant.getContentSha256()).build()))
                    .file("file", grant.getFileName(), Base64.getDecoder().decode(grant.getLicenseContent()));
            described = "FILE " + grant.getFileName() + ", sha256 " + grant.getContentSha256();
        }
        String path = String.format(PATH, grant.getEventId());
        MarketplaceAnswer answer = marketplace.call(MarketplaceClient.postMultipart("license.upload", grant.getEventId(),
                path, body, described));
        if (answer.success()) {
            changes.uploaded(grantId);
            return WorkOutcome.done();
        }
        return REFUSED_FOR_GOOD.contains(answer.code()) ? WorkOutcome.giveUp("upload refused: " + answer.describe())
                : WorkOutcome.retry("upload refused: " + answer.describe());
    }

    private LicenseGrant issue(LicenseGrant grant) {
        LicenseInstance instance = changes.find(grant.getInstanceId());
        MarketplaceOrder order = changes.order(instance.getOrderId(), instance.getOrderLineId());
        LicenseRequest request = new LicenseRequest(instance.getInstanceId(), instance.getOrderId(),
                order != null && order.getProductId() != null ? order.getProductId() : instance.getProductId(),
                order != null ? order.getSkuCode() : instance.getSkuCode(), grant.getEffectiveTime(),
                grant.getExpireTime(), grant.getDeviceFingerprint(), grant.getEventId(), grant.isTestCall());
        IssuedLicense license = issuers.forCall(grant.isTestCall()).issue(request);
        String text = license.text() ? license.asText() : null;
        if (text != null && text.length() <= MAX_CHARACTERS) {
            return changes.issued(grant.getId(), "CHARACTERS", text, license.fileName(),
                    Hmac.digestHex(text.getBytes(StandardCharsets.UTF_8)));
        }
        return changes.issued(grant.getId(), "FILE", Base64.getEncoder().encodeToString(license.content()),
                license.fileName(), Hmac.digestHex(license.content()));
    }
}

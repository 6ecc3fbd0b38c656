package org.kgconnector.persistence.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kgconnector.protocol.signature.Verification;

/** One callback of the marketplace as it was received and answered. */
@Entity
@Table(name = "inbound_callback")
public class InboundCallback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The reference made when the call arrived ({@code CallbackRef}); null in rows from before it existed. */
    @Column(name = "ref", length = 16, updatable = false)
    private String ref;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(name = "http_method", nullable = false, length = 8)
    private String httpMethod;

    @Column(name = "address", nullable = false, length = 255)
    private String address;

    @Column(name = "activity", length = 64)
    private String activity;

    @Column(name = "key_id", length = 64)
    private String keyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification", nullable = false, length = 32)
    private Verification verification;

    @Column(name = "payload_form", length = 16)
    private String payloadForm;

    @Column(name = "request_query", length = 2048)
    private String requestQuery;

    @Column(name = "request_body")
    private String requestBody;

    @Column(name = "body_bytes", nullable = false)
    private int bodyBytes;

    @Column(name = "result_code", nullable = false, length = 6)
    private String resultCode;

    @Column(name = "result_msg", length = 255)
    private String resultMsg;

    @Column(name = "answer_body")
    private String answerBody;

    @Column(name = "instance_id", length = 64)
    private String instanceId;

    @Column(name = "test_call")
    private Boolean testCall;

    @Column(name = "node", length = 128)
    private String node;

    @Column(name = "body_sha256", length = 64)
    private String bodySha256;

    @Column(name = "request_headers", length = 2048)
    private String requestHeaders;

    protected InboundCallback() {
    }

    /** Everything the ledger keeps about one exchange. */
    public record Entry(String ref, Instant receivedAt, long durationMs, String httpMethod, String address,
                        String activity, String keyId, Verification verification, String payloadForm, String requestQuery,
                        String requestBody, int bodyBytes, String resultCode, String resultMsg, String answerBody,
                        String instanceId, Boolean testCall, String node, String bodySha256, String requestHeaders) {
    }

    public InboundCallback(Entry e) {
        this.ref = e.ref();
        this.receivedAt = e.receivedAt();
        this.durationMs = e.durationMs();
        this.httpMethod = e.httpMethod();
        this.address = truncate(e.address(), 255);
        this.activity = truncate(e.activity(), 64);
        this.keyId = e.keyId();
        this.verification = e.verification();
        this.payloadForm = e.payloadForm();
        this.requestQuery = truncate(e.requestQuery(), 2048);
        this.requestBody = e.requestBody();
        this.bodyBytes = e.bodyBytes();
        this.resultCode = e.resultCode();
        this.resultMsg = truncate(e.resultMsg(), 255);
        this.answerBody = e.answerBody();
        this.instanceId = truncate(e.instanceId(), 64);
        this.testCall = e.testCall();
        this.node = truncate(e.node(), 128);
        this.bodySha256 = e.bodySha256();
        this.requestHeaders = truncate(e.requestHeaders(), 2048);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The SHA-256 of the whole body of a call that was not verified (only a prefix of it is kept), else null. */
    public String getBodySha256() {
        return bodySha256;
    }

    /** A few request headers of a call that was not verified, one {@code name: value} per line, else null. */
    public String getRequestHeaders() {
        return requestHeaders;
    }

    public Long getId() {
        return id;
    }

    /**
     * The reference of the call, as in the server log ({@code [callback <ref>]}) and the answer's
     * {@code X-KooGallery-Callback} header; null for a row written before the connector made one.
     */
    public String getRef() {
        return ref;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public String getAddress() {
        return address;
    }

    public String getActivity() {
        return activity;
    }

    public String getKeyId() {
        return keyId;
    }

    public Verification getVerification() {
        return verification;
    }

    public String getPayloadForm() {
        return payloadForm;
    }

    public String getRequestQuery() {
        return requestQuery;
    }

    public String getRequestBody() {
        return requestBody;
    }

    public int getBodyBytes() {
        return bodyBytes;
    }

    public String getResultCode() {
        return resultCode;
    }

    public String getResultMsg() {
        return resultMsg;
    }

    public String getAnswerBody() {
        return answerBody;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public Boolean getTestCall() {
        return testCall;
    }

    public String getNode() {
        return node;
    }
}

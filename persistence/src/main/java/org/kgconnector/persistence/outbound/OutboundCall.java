package org.kgconnector.persistence.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The ledger row of one call to a marketplace open API: what was asked, of which host, and what it answered. */
@Entity
@Table(name = "outbound_call")
public class OutboundCall {

    /** How the call ended. */
    public enum Outcome { SUCCESS, REJECTED, UNAVAILABLE }

    /** Everything the row records. */
    public record Entry(Instant calledAt, long durationMs, String api, String method, String url, String subject,
                        Integer httpStatus, String errorCode, Outcome outcome, String requestBody, String answerBody,
                        String node) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "called_at", nullable = false)
    private Instant calledAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(name = "api", nullable = false, length = 48)
    private String api;

    @Column(name = "http_method", nullable = false, length = 8)
    private String method;

    @Column(name = "url", nullable = false, length = 1024)
    private String url;

    @Column(name = "subject", length = 128)
    private String subject;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "error_code", length = 32)
    private String errorCode;

    @Column(name = "outcome", nullable = false, length = 16)
    private String outcome;

    @Column(name = "request_body")
    private String requestBody;

    @Column(name = "answer_body")
    private String answerBody;

    @Column(name = "node", length = 128)
    private String node;

    protected OutboundCall() {
    }

    public OutboundCall(Entry e) {
        this.calledAt = e.calledAt();
        this.durationMs = e.durationMs();
        this.api = e.api();
        this.method = e.method();
        this.url = cut(e.url(), 1024);
        this.subject = cut(e.subject(), 128);
        this.httpStatus = e.httpStatus();
        this.errorCode = cut(e.errorCode(), 32);
        this.outcome = e.outcome().name();
        this.requestBody = e.requestBody();
        this.answerBody = e.answerBody();
        this.node = e.node();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public String getApi() {
        return api;
    }

    public String getMethod() {
        return method;
    }

    public String getUrl() {
        return url;
    }

    public String getSubject() {
        return subject;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRequestBody() {
        return requestBody;
    }

    public String getAnswerBody() {
        return answerBody;
    }

    public String getNode() {
        return node;
    }
}

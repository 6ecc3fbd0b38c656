package org.kgconnector.persistence.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kgconnector.persistence.job.LeasedWork;

/** One call to make to the marketplace, unique per (kind, subject, line), written with the change that needs it. */
@Entity
@Table(name = "outbound_job")
@NamedQuery(name = OutboundJob.FIND, query = "select j from OutboundJob j where j.kind = :kind and j.subject = :subject"
        + " and j.subjectLine = :line")
public class OutboundJob extends LeasedWork {

    public static final String FIND = "OutboundJob.find";
    public static final int PAYLOAD_LENGTH = 2048;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private OutboundKind kind;

    @Column(name = "subject", nullable = false, length = 64)
    private String subject;

    @Column(name = "subject_line", nullable = false, length = 64)
    private String subjectLine;

    /** What the call sends, for a job that carries it from the moment it was written (an alert); else null. */
    @Column(name = "payload", length = PAYLOAD_LENGTH)
    private String payload;

    protected OutboundJob() {
    }

    public OutboundJob(OutboundKind kind, String subject, String subjectLine, Instant now) {
        super(now);
        this.kind = kind;
        this.subject = subject;
        this.subjectLine = subjectLine == null ? "" : subjectLine;
    }

    /** A job that carries what its call sends (at most {@value #PAYLOAD_LENGTH} characters). */
    public OutboundJob(OutboundKind kind, String subject, String subjectLine, String payload, Instant now) {
        this(kind, subject, subjectLine, now);
        if (payload != null && payload.length() > PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("an outbound job's payload is at most " + PAYLOAD_LENGTH + " characters");
        }
        this.payload = payload;
    }

    public Long getId() {
        return id;
    }

    public OutboundKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectLine() {
        return subjectLine;
    }

    public String getPayload() {
        return payload;
    }
}

package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.signature.Verification;
import org.kgconnector.protocol.time.Arrival;

/** Everything known about the callback being answered, from its raw bytes to the answer, for one request. */
@RequestScoped
public class CallbackExchange {

    private Instant receivedAt = Instant.now();
    private Arrival arrival = Arrival.now();
    private SignatureScheme scheme;
    private String method;
    private String address;
    private String rawQuery;
    private byte[] rawBody = new byte[0];
    private int receivedBytes;
    private boolean bodyTooLarge;
    private JsonObject body;
    private Map<String, String> parameters = Map.of();
    private Map<String, String> headers = Map.of();
    private String bodyProblem;
    private AccessKey verifiedKey;
    private Verification verification;
    private String payloadForm;
    private String activity;
    private String instanceId;
    private Boolean testCall;
    private byte[] answer;
    private String resultCode;
    private String resultMsg;

    /** Records the request; a body over the scheme's limit is kept empty and only its size is known. */
    void received(SignatureScheme scheme, String method, String address, String rawQuery, byte[] rawBody,
                  int receivedBytes) {
        this.receivedAt = Instant.now();
        this.arrival = Arrival.now();
        this.scheme = scheme;
        this.method = method;
        this.address = address;
        this.rawQuery = rawQuery;
        this.rawBody = rawBody;
        this.receivedBytes = receivedBytes;
        this.bodyTooLarge = receivedBytes > scheme.maxBodyBytes();
    }

    void verified(AccessKey key, String payloadForm) {
        this.verifiedKey = key;
        this.verification = Verification.VERIFIED;
        this.payloadForm = payloadForm;
    }

    void rejected(Verification why) {
        this.verification = why;
    }

    void parsed(JsonObject body, String problem) {
        this.body = body;
        this.bodyProblem = problem;
    }

    /** The request headers a signature scheme reads (lower-case names). */
    void headers(Map<String, String> signatureHeaders) {
        this.headers = signatureHeaders;
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    /** The query parameters of a V1 call, as the reading that verified decoded them. */
    void parameters(Map<String, String> decoded) {
        this.parameters = decoded;
    }

    void answered(byte[] answer, String resultCode, String resultMsg) {
        this.answer = answer;
        this.resultCode = resultCode;
        this.resultMsg = resultMsg;
    }

    /** What the callback is about, once the resource has read it. */
    public void describe(String activity, String instanceId, Boolean testCall) {
        this.activity = activity;
        this.instanceId = instanceId;
        this.testCall = testCall;
    }

    public long elapsedMillis() {
        return arrival.elapsed().toMillis();
    }

    /** When the call arrived: the provisioning budget counts from here. */
    public Arrival arrival() {
        return arrival;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public SignatureScheme scheme() {
        return scheme;
    }

    public String method() {
        return method;
    }

    public String address() {
        return address;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public byte[] rawBody() {
        return rawBody;
    }

    public int receivedBytes() {
        return receivedBytes;
    }

    public boolean bodyTooLarge() {
        return bodyTooLarge;
    }

    /** The body as a JSON object, or null when it is not one ({@link #bodyProblem()} says why). */
    public JsonObject body() {
        return body;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    public String bodyProblem() {
        return bodyProblem;
    }

    public AccessKey verifiedKey() {
        return verifiedKey;
    }

    public Verification verification() {
        return verification;
    }

    public String payloadForm() {
        return payloadForm;
    }

    public String activity() {
        return activity;
    }

    public String instanceId() {
        return instanceId;
    }

    public Boolean testCall() {
        return testCall;
    }

    public byte[] answer() {
        return answer;
    }

    public String resultCode() {
        return resultCode;
    }

    public String resultMsg() {
        return resultMsg;
    }
}

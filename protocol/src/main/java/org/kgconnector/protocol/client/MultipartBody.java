package org.kgconnector.protocol.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body built in memory, as the string/file-upload API takes it (docs/protocol/openapi.md §8):
 * a JSON part and, for a file, a file part.
 */
public final class MultipartBody {

    private final String boundary = "kgconnector-" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean finished;

    public MultipartBody json(String name, String json) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    public MultipartBody file(String name, String fileName, byte[] content) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName.replace("\"", "")
                + "\"\r\nContent-Type: application/octet-stream", content);
    }

    private MultipartBody part(String headers, byte[] content) {
        if (finished) {
            throw new IllegalStateException("the body is finished");
        }
        out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The finished body; no part can be added afterwards. */
    public byte[] bytes() {
        if (!finished) {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            finished = true;
        }
        return out.toByteArray();
    }
}

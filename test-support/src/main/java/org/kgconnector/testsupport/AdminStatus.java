package org.kgconnector.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A node's own status as the admin API gives it ({@code GET /koogallery/admin/status}, the same on every server),
 * asked as an operator: schema, families, ledger backlog, database.
 */
public final class AdminStatus {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AdminStatus() {
    }

    /** The status of the node at {@code baseUri}; none when it does not answer with it (down, starting, refusing). */
    public static Optional<JsonObject> of(URI baseUri, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/koogallery/admin/status"))
                .header("Authorization", BasicAuth.header(user, password)).timeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(Json.createReader(new StringReader(answer.body())).readObject());
        } catch (IOException | RuntimeException notAStatus) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

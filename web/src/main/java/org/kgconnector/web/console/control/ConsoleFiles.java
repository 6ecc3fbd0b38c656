package org.kgconnector.web.console.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The console's files, read once from the web module ({@code console/…} on its class path): a fixed list, so that
 * no request names any other file. They are served by JAX-RS (the application is mapped at the context root, so no
 * server's default servlet would see them), the same on every server.
 */
public final class ConsoleFiles {

    /** A file and its media type. */
    public record File(byte[] bytes, String mediaType) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "sign-in.html", "text/html; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8",
            "sign-in.js", "text/javascript; charset=utf-8",
            "console.css", "text/css; charset=utf-8");

    private static final Map<String, File> FILES = load();

    private ConsoleFiles() {
    }

    public static Optional<File> find(String name) {
        return Optional.ofNullable(FILES.get(name));
    }

    private static Map<String, File> load() {
        Map<String, File> files = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> {
            try (InputStream in = ConsoleFiles.class.getResourceAsStream("/console/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the console file " + name + " is missing from the web module");
                }
                files.put(name, new File(in.readAllBytes(), type));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Map.copyOf(files);
    }
}

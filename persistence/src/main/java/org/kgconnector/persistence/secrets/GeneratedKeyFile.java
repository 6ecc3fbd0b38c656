package org.kgconnector.persistence.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets key generated on first start when {@code koogallery.secrets.key} is unset: created once, owner-only,
 * and read again on every later start. The file appears whole or not at all (written aside, then linked into place,
 * which fails when another thread or node was first), so no reader ever sees it half written; and it is read once
 * per JVM, so every component of the deployment seals with the same key.
 */
public final class GeneratedKeyFile {

    private static final Map<Path, String> READ = new ConcurrentHashMap<>();

    private GeneratedKeyFile() {
    }

    /** Reads the key material in {@code file}, creating it with new material first if it does not exist. */
    public static String readOrCreate(Path file) {
        return READ.computeIfAbsent(file.toAbsolutePath(), GeneratedKeyFile::load);
    }

    private static String load(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path aside = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".new");
                try {
                    Files.writeString(aside, SecretBox.newKeyMaterial(), StandardCharsets.US_ASCII);
                    restrict(aside);
                    Files.createLink(file, aside);
                } catch (FileAlreadyExistsException raced) {
                    // another thread or node created it first: use theirs
                } finally {
                    Files.deleteIfExists(aside);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key file " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions (Windows): the directory's ACL applies
        }
    }
}

package org.kgconnector.persistence.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The secrets key generated on first start when {@code koogallery.secrets.key} is unset: created once, owner-only,
 * and read again on every later start.
 */
public final class GeneratedKeyFile {

    private GeneratedKeyFile() {
    }

    /** Reads the key material in {@code file}, creating it with new material first if it does not exist. */
    public static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.writeString(file, SecretBox.newKeyMaterial(), StandardCharsets.US_ASCII,
                            java.nio.file.StandardOpenOption.CREATE_NEW);
                    restrict(file);
                } catch (FileAlreadyExistsException raced) {
                    // another thread or node created it first: use theirs
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

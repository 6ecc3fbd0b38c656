package org.kgconnector.persistence.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts named by {@value #INDEX}, read from the class path one by one. Flyway's own search lists
 * a class-path folder, which not every server's class loader can do for a jar in an EAR (Open Liberty cannot);
 * reading files by name works on all of them. {@code ListedMigrationsTest} keeps the index and the folder equal.
 */
final class ListedMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration/";
    static final String INDEX = FOLDER + "index.txt";

    private final ClassLoader loader;
    private final List<LoadableResource> scripts;

    ListedMigrations(ClassLoader loader) {
        this.loader = loader;
        this.scripts = names(loader).stream().map(name -> (LoadableResource) new Script(name)).toList();
    }

    /** The file names in the index, in its order. */
    static List<String> names(ClassLoader loader) {
        InputStream index = loader.getResourceAsStream(INDEX);
        if (index == null) {
            throw new IllegalStateException("no migration index at " + INDEX);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.getRelativePath().equals(name) || s.getAbsolutePath().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream().filter(s -> s.getFilename().startsWith(prefix)
                && Arrays.stream(suffixes).anyMatch(s.getFilename()::endsWith)).toList();
    }

    private final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(FOLDER + name);
            if (in == null) {
                throw new IllegalStateException("the migration index names " + name + ", which is not in " + FOLDER);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}

package org.kgconnector.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class ListedMigrationsTest {

    private static final ClassLoader LOADER = ListedMigrationsTest.class.getClassLoader();

    @Test
    void theIndexNamesEveryScriptOfTheFolderInVersionOrder() throws IOException {
        List<String> inFolder;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", ListedMigrations.FOLDER))) {
            inFolder = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        assertEquals(inFolder, ListedMigrations.names(LOADER));
    }

    @Test
    void flywayFindsTheListedScriptsByPrefixAndSuffixAndReadsThem() throws IOException {
        ListedMigrations migrations = new ListedMigrations(LOADER);
        List<String> found = migrations.getResources("V", new String[] {".sql"}).stream()
                .map(LoadableResource::getFilename).toList();
        assertEquals(ListedMigrations.names(LOADER), found);
        assertTrue(migrations.getResources("R", new String[] {".sql"}).isEmpty(), "no repeatable migrations");
        LoadableResource first = migrations.getResource(found.get(0));
        try (Reader script = first.read()) {
            assertTrue(script.read() >= 0, "the first script has content");
        }
        assertNull(migrations.getResource("V99__nothing.sql"));
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}

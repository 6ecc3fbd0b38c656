package org.kgconnector.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The computed vectors of the spec, copied into {@code vectors.properties}. */
public final class Vectors {

    private static final Properties VALUES = load();

    private Vectors() {
    }

    public static String get(String name) {
        String value = VALUES.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("no vector " + name);
        }
        return value;
    }

    public static byte[] bytes(String name) {
        return get(name).getBytes(StandardCharsets.UTF_8);
    }

    private static Properties load() {
        try (InputStream in = Vectors.class.getResourceAsStream("vectors.properties")) {
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

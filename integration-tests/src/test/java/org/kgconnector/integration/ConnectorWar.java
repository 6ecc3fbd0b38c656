package org.kgconnector.integration;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Assembles the WAR-shaped deployment: the connector's jars in {@code WEB-INF/lib} as the EAR has them in
 * {@code lib/} and as EJB modules, the web module's packages, a datasource on an H2 file the test can open
 * ({@code AUTO_SERVER}), and the given MicroProfile Config. The persistence unit is bound to that datasource here,
 * as a deployer binds the EAR's to the server's pool, with the transaction platform that Payara's scripts give the
 * EAR's Hibernate.
 */
final class ConnectorWar {

    private ConnectorWar() {
    }

    /** The deployment's address on the loopback interface: Payara Micro reports the machine's first address. */
    static URI onLoopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + deployed.getPath());
    }

    static String h2Url(String name) {
        Path file = Path.of(System.getProperty("it.work", "target/it-work")).toAbsolutePath().resolve(name);
        return "jdbc:h2:" + file + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    }

    static WebArchive create(String name, String config, Package... testPackages) {
        File[] libs = Objects.requireNonNull(new File(System.getProperty("war.libs", "target/war-libs")).listFiles(),
                "war-libs missing: run through Maven");
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(Arrays.stream(libs).filter(lib -> !lib.getName().equals("persistence.jar"))
                        .toArray(File[]::new))
                .addAsLibraries(boundPersistenceJar(libs))
                .addPackages(true, "org.kgconnector.web")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset(webXml(h2Url(name))), "web.xml")
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
        for (Package p : testPackages) {
            war.addPackage(p);
        }
        return war;
    }

    private static JavaArchive boundPersistenceJar(File[] libs) {
        File jar = Arrays.stream(libs).filter(lib -> lib.getName().equals("persistence.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("persistence.jar missing from war-libs"));
        JavaArchive persistence = ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        String unit;
        try (InputStream in = persistence.get("META-INF/persistence.xml").getAsset().openStream()) {
            unit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String bound = unit
                .replace("<jta-data-source>jdbc/koogallery</jta-data-source>",
                        "<jta-data-source>java:app/jdbc/koogallery</jta-data-source>")
                .replace("<properties>", "<properties>\n      <property name=\"hibernate.transaction.jta.platform\" "
                        + "value=\"org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform\"/>");
        if (bound.equals(unit)) {
            throw new IllegalStateException("persistence.xml no longer names jdbc/koogallery: update the test binding");
        }
        persistence.delete("META-INF/persistence.xml");
        return persistence.addAsManifestResource(new StringAsset(bound), "persistence.xml");
    }

    private static String webXml(String url) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
                + "  <data-source>\n"
                + "    <name>java:app/jdbc/koogallery</name>\n"
                + "    <class-name>org.h2.jdbcx.JdbcDataSource</class-name>\n"
                + "    <user>koogallery</user>\n"
                + "    <password>koogallery</password>\n"
                + "    <property><name>URL</name><value>" + url + "</value></property>\n"
                + "  </data-source>\n"
                + "</web-app>\n";
    }
}

package org.kgconnector.persistence.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where this node keeps its files ({@code koogallery.data-dir}) and what it calls itself
 * ({@code koogallery.node-name}). Unset, both come from the server the EAR runs on, so that a file lands in that
 * server's own directory (never a shared temporary one) and a node's name is the one its operator knows:
 *
 * <ul>
 *   <li>Payara Server: the instance's {@code config} directory and the instance name;</li>
 *   <li>WildFly: {@code koogallery} in the server's data directory, and {@code jboss.node.name};</li>
 *   <li>Open Liberty and any other server: {@code koogallery} in the working directory the server runs in (Liberty
 *       runs in its server's output directory), and the host name.</li>
 * </ul>
 */
public final class ServerHome {

    public static final String DATA_DIR = "koogallery.data-dir";
    public static final String NODE_NAME = "koogallery.node-name";

    private ServerHome() {
    }

    /** The directory of this node's files. */
    public static Path dataDirectory() {
        return configured(DATA_DIR).map(Path::of).orElseGet(ServerHome::serversOwnDirectory);
    }

    /** The name of this node, as its operator calls it. */
    public static String nodeName() {
        return configured(NODE_NAME).orElseGet(ServerHome::serversOwnName);
    }

    static Path serversOwnDirectory() {
        return property("com.sun.aas.instanceRoot").map(root -> Path.of(root, "config"))
                .or(() -> property("jboss.server.data.dir").map(dir -> Path.of(dir, "koogallery")))
                .orElseGet(() -> Path.of(System.getProperty("user.dir"), "koogallery"));
    }

    static String serversOwnName() {
        return property("com.sun.aas.instanceName").or(() -> property("jboss.node.name"))
                .orElseGet(ServerHome::hostName);
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(v -> !v.isBlank());
    }

    private static Optional<String> configured(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).map(String::trim)
                .filter(v -> !v.isEmpty());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}

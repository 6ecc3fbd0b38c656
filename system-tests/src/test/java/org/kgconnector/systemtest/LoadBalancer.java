package org.kgconnector.systemtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * nginx (the Debian package) in front of the cluster's instances on loopback: round robin, no sticky sessions, a
 * request passed to the other instance when one cannot be connected to (never a POST that reached an instance:
 * that one the marketplace retries itself), as the README ("Behind a load balancer") shows a vendor. Mandatory
 * when {@code CI=true} ({@code .ci/run} installs the package); elsewhere, without nginx, the tests that need it are
 * skipped with a plain message.
 */
public final class LoadBalancer implements AutoCloseable {

    private final Process nginx;
    private final int port;

    private final Path work;

    private LoadBalancer(Process nginx, int port, Path work) {
        this.nginx = nginx;
        this.port = port;
        this.work = work;
    }

    /** nginx on {@code 127.0.0.1:port} balancing over {@code instances}, its files in {@code work}. */
    public static LoadBalancer start(Path work, int port, List<URI> instances) throws Exception {
        Path binary = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(binary)) {
            String message = "nginx is not installed (apt-get install nginx): the load-balancer tests are SKIPPED";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message.replace("SKIPPED", "mandatory on CI and cannot run"));
            }
            System.out.println("*** " + message + " ***");
            Assumptions.abort(message);
        }
        Files.createDirectories(work.resolve("temp"));
        Files.deleteIfExists(work.resolve("nginx.pid"));
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, configuration(work, port, instances));
        Process process = new ProcessBuilder(binary.toString(), "-p", work.toString(), "-c", conf.toString(),
                "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("nginx.out").toFile())).start();
        LoadBalancer balancer = new LoadBalancer(process, port, work);
        balancer.awaitListening();
        return balancer;
    }

    static String configuration(Path work, int port, List<URI> instances) {
        StringBuilder upstream = new StringBuilder();
        for (URI instance : instances) {
            upstream.append("    server ").append(instance.getHost()).append(':').append(instance.getPort())
                    .append(" max_fails=1 fail_timeout=5s;\n");
        }
        String temp = work.resolve("temp").toString();
        return """
                worker_processes 1;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 1024; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  upstream connector {
                %3$s    keepalive 32;
                  }
                  server {
                    listen 127.0.0.1:%4$d;
                    client_max_body_size 16m;
                    location / {
                      proxy_pass http://connector;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 10s;
                      proxy_next_upstream error timeout http_502 http_503;
                      proxy_next_upstream_tries 2;
                      # which instance answered, for the tests (a production balancer need not say)
                      add_header X-Upstream $upstream_addr always;
                    }
                  }
                }
                """.formatted(work, temp, upstream, port);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Listening once nginx has bound its port (it writes its pid file then) and still runs. */
    private void awaitListening() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx exited (" + nginx.exitValue() + "); see " + work.resolve("error.log"));
            }
            if (!Files.exists(work.resolve("nginx.pid"))) {
                Thread.sleep(100);
                continue;
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx is not listening on " + port);
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }
}

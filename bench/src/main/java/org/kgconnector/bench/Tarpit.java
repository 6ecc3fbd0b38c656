package org.kgconnector.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A marketplace that accepts connections on loopback, reads what it is sent and never answers: every open-API
 * call of the connector runs into its read timeout. It closes itself after {@code lifetime} at the latest.
 */
final class Tarpit implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final long closeAt;

    private Tarpit(ServerSocket server, Duration lifetime) {
        this.server = server;
        this.closeAt = System.nanoTime() + lifetime.toNanos();
    }

    static Tarpit open(int port, Duration lifetime) throws IOException {
        Tarpit tarpit = new Tarpit(new ServerSocket(port, 200, InetAddress.getLoopbackAddress()), lifetime);
        Thread acceptor = new Thread(tarpit::accept, "tarpit");
        acceptor.setDaemon(true);
        acceptor.start();
        return tarpit;
    }

    private void accept() {
        while (!server.isClosed() && System.nanoTime() < closeAt) {
            try {
                Socket socket = server.accept();
                held.add(socket);
                Thread reader = new Thread(() -> drain(socket), "tarpit-read");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
        close();
    }

    private static void drain(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException closed) {
            // the connector gave up on the call: that is the point
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : held) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}

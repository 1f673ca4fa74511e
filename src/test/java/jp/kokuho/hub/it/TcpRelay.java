package jp.kokuho.hub.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay between the hub and PostgreSQL that a test can cut: {@link #down()} closes every relayed connection
 * and refuses new ones (the database as the hub sees it when the server crashed or the network went away),
 * {@link #up()} accepts again on the same port. {@link #downAfterForwarding(long)} cuts once that many more bytes have
 * gone from the hub to the database: the cut then falls inside a large COPY whatever the machine's speed, never after
 * its commit. Nothing is mocked: the hub talks real PostgreSQL through it.
 */
final class TcpRelay implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    /** bytes still to forward towards the database before the cut; negative when no cut is armed */
    private final AtomicLong untilCut = new AtomicLong(-1);
    private volatile boolean cut;

    TcpRelay(int port, int targetPort) throws IOException {
        this.port = port;
        this.targetPort = targetPort;
        up();
    }

    int port() {
        return port;
    }

    synchronized void up() throws IOException {
        if (server != null) {
            return;
        }
        cut = false;
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread acceptor = new Thread(() -> accept(s), "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Arms a cut: {@link #down()} as soon as {@code bytes} more have been forwarded from the hub to the database. */
    void downAfterForwarding(long bytes) {
        cut = false;
        untilCut.set(bytes);
    }

    /** Whether an armed cut has happened (reset by {@link #up()}). */
    boolean cutDone() {
        return cut;
    }

    synchronized void down() throws IOException {
        untilCut.set(-1);
        cut = true;
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket s : sockets) {
            s.close();
        }
        sockets.clear();
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                Socket pg = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(pg);
                pump(client, pg, true);
                pump(pg, client, false);
            } catch (IOException e) {
                // closed by down()
            }
        }
    }

    private void pump(Socket from, Socket to, boolean towardsDatabase) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[65536];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    if (towardsDatabase && untilCut.get() >= 0 && untilCut.addAndGet(-n) < 0) {
                        down();
                    }
                }
            } catch (IOException e) {
                // cut
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // closed
                }
            }
        }, "relay-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        down();
    }
}

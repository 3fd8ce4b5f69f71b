package dev.weft.runtime.modules.socket;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code socketpair()}: Java has no socketpair(2), so the pair is made by connecting to a
 * listener that lives only for the call (a socket file in the temporary directory for AF_UNIX,
 * a loopback port for AF_INET/AF_INET6).
 */
final class SocketPair {
    private SocketPair() { }

    static PyObject create(int family, int type, int proto) {
        if (type != SocketEndpoint.SOCK_STREAM) {
            throw SocketErrors.error(SocketErrors.EOPNOTSUPP);
        }
        Path dir = null;
        try {
            SocketAddress where;
            StandardProtocolFamily pf;
            switch (family) {
                case SocketAddresses.AF_UNIX -> {
                    dir = Files.createTempDirectory("weft-socketpair");
                    where = UnixDomainSocketAddress.of(dir.resolve("s"));
                    pf = StandardProtocolFamily.UNIX;
                }
                case SocketAddresses.AF_INET -> {
                    where = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0);
                    pf = StandardProtocolFamily.INET;
                }
                case SocketAddresses.AF_INET6 -> {
                    where = new InetSocketAddress(InetAddress.getByName("::1"), 0);
                    pf = StandardProtocolFamily.INET6;
                }
                default -> throw SocketErrors.error(SocketErrors.EAFNOSUPPORT);
            }
            SocketChannel a;
            SocketChannel b;
            try (ServerSocketChannel listener = ServerSocketChannel.open(pf)) {
                listener.bind(where, 1);
                a = SocketChannel.open(pf);
                try {
                    a.connect(listener.getLocalAddress());
                    b = listener.accept();
                } catch (IOException e) {
                    a.close();
                    throw e;
                }
            }
            return PyTuple.of(PySocket.wrap(SocketEndpoint.adopt(family, proto, a)),
                    PySocket.wrap(SocketEndpoint.adopt(family, proto, b)));
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("s"));
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a leftover empty directory in /tmp is harmless
                }
            }
        }
    }
}

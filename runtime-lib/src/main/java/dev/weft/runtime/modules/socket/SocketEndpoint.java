package dev.weft.runtime.modules.socket;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One open socket (what a descriptor refers to): a Java NIO channel, always in non-blocking
 * mode. Blocking calls and timeouts wait on a private selector, as CPython waits with poll()
 * for sockets with a timeout. A stream socket starts as a {@link SocketChannel} and becomes a
 * {@link ServerSocketChannel} on listen() (bound to the same address); an AF_UNIX stream socket
 * binds only when it listens or connects, since its path cannot be bound twice.
 *
 * <p>Operations return null or -1 where C would fail with EAGAIN; the caller decides whether to
 * wait ({@link #await}) or raise BlockingIOError.
 */
public final class SocketEndpoint {
    public static final int SOCK_STREAM = 1, SOCK_DGRAM = 2;

    final int family;
    final int type;
    final int proto;
    int fd;
    private volatile NetworkChannel channel;
    private volatile boolean closed;
    private volatile boolean connectPending;
    private volatile SocketAddress pendingUnixBind;
    private volatile boolean v6only;
    private final Map<SocketOption<Object>, Object> options = new LinkedHashMap<>();
    private final java.util.Set<Runnable> closeListeners = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Selector readWaiter;
    private Selector writeWaiter;

    private SocketEndpoint(int family, int type, int proto, NetworkChannel channel) {
        this.family = family;
        this.type = type;
        this.proto = proto;
        this.channel = channel;
    }

    /** A new socket of the given kind, with its descriptor. */
    static SocketEndpoint open(int family, int type, int proto) throws IOException {
        ProtocolFamily pf = switch (family) {
            case SocketAddresses.AF_INET -> StandardProtocolFamily.INET;
            case SocketAddresses.AF_INET6 -> StandardProtocolFamily.INET6;
            case SocketAddresses.AF_UNIX -> StandardProtocolFamily.UNIX;
            default -> throw SocketErrors.error(SocketErrors.EAFNOSUPPORT);
        };
        NetworkChannel ch;
        try {
            if (type == SOCK_STREAM) {
                ch = SocketChannel.open(pf);
            } else if (type == SOCK_DGRAM && family != SocketAddresses.AF_UNIX) {
                ch = DatagramChannel.open(pf);
            } else {
                throw SocketErrors.error(type == SOCK_DGRAM ? SocketErrors.EAFNOSUPPORT : 94 /* ESOCKTNOSUPPORT */);
            }
        } catch (UnsupportedOperationException e) {
            throw SocketErrors.error(SocketErrors.EAFNOSUPPORT);
        }
        ((SelectableChannel) ch).configureBlocking(false);
        SocketEndpoint e = new SocketEndpoint(family, type, proto, ch);
        e.fd = SocketTable.add(e);
        return e;
    }

    /** An endpoint for a connected stream channel made here (an accepted connection, a socketpair end). */
    static SocketEndpoint adopt(int family, int proto, SocketChannel ch) throws IOException {
        ch.configureBlocking(false);
        SocketEndpoint e = new SocketEndpoint(family, SOCK_STREAM, proto, ch);
        e.fd = SocketTable.add(e);
        return e;
    }

    public boolean isClosed() {
        return closed;
    }

    /** The channel a selector watches (null once closed). */
    public SelectableChannel selectable() {
        return closed ? null : (SelectableChannel) channel;
    }

    /**
     * The selector operations that mean "readable" and "writable" for this socket now: a
     * listening socket is readable when a connection waits, a connecting one writable when the
     * connection is done (or failed).
     */
    public int javaOps(boolean read, boolean write) {
        NetworkChannel ch = channel;
        int ops = 0;
        if (ch instanceof ServerSocketChannel) {
            return read ? SelectionKey.OP_ACCEPT : 0;
        }
        if (read) {
            ops |= SelectionKey.OP_READ;
        }
        if (write) {
            ops |= connectPending ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops;
    }

    /** True for a stream socket neither connected nor connecting nor listening (poll reports it writable at once). */
    public boolean isIdleStream() {
        return channel instanceof SocketChannel sc && !sc.isConnected() && !connectPending;
    }

    // ---- addresses and options ----

    void bind(SocketAddress sa) throws IOException {
        if (sa instanceof UnixDomainSocketAddress ua && channel instanceof SocketChannel) {
            if (pendingUnixBind != null) {
                throw SocketErrors.error(SocketErrors.EINVAL);
            }
            if (java.nio.file.Files.exists(ua.getPath(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw SocketErrors.error(SocketErrors.EADDRINUSE);
            }
            pendingUnixBind = sa;
            return;
        }
        if (channel.getLocalAddress() != null) {
            throw SocketErrors.error(SocketErrors.EINVAL);
        }
        channel.bind(sa);
    }

    SocketAddress localAddress() throws IOException {
        SocketAddress sa = channel.getLocalAddress();
        return sa == null ? pendingUnixBind : sa;
    }

    SocketAddress remoteAddress() throws IOException {
        NetworkChannel ch = channel;
        SocketAddress sa = null;
        if (ch instanceof SocketChannel sc) {
            sa = connectPending ? null : sc.getRemoteAddress();
        } else if (ch instanceof DatagramChannel dc) {
            sa = dc.getRemoteAddress();
        }
        if (sa == null) {
            throw SocketErrors.error(SocketErrors.ENOTCONN);
        }
        return sa;
    }

    @SuppressWarnings("unchecked")
    <T> void setOption(SocketOption<T> opt, T value) throws IOException {
        if (!channel.supportedOptions().contains(opt)) {
            throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
        }
        channel.setOption(opt, value);
        synchronized (options) {
            options.put((SocketOption<Object>) (SocketOption<?>) opt, value);
        }
    }

    <T> T getOption(SocketOption<T> opt) throws IOException {
        if (!channel.supportedOptions().contains(opt)) {
            throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
        }
        return channel.getOption(opt);
    }

    /** IPV6_V6ONLY: Java's IPv6 sockets are always dual-stack; the flag is kept for getsockopt. */
    void setV6only(boolean on) {
        v6only = on;
    }

    boolean v6only() {
        return v6only;
    }

    // ---- connections ----

    /** Makes this a listening socket; a second call only changes nothing, as Linux keeps the socket listening. */
    void listen(int backlog) throws IOException {
        NetworkChannel ch = channel;
        if (ch instanceof ServerSocketChannel) {
            return;
        }
        if (!(ch instanceof SocketChannel sc) || sc.isConnected() || connectPending) {
            throw SocketErrors.error(ch instanceof DatagramChannel ? SocketErrors.EOPNOTSUPP : SocketErrors.EINVAL);
        }
        SocketAddress local = localAddress();
        ServerSocketChannel server = ServerSocketChannel.open(protocolFamily());
        try {
            synchronized (options) {
                for (Map.Entry<SocketOption<Object>, Object> o : options.entrySet()) {
                    if (server.supportedOptions().contains(o.getKey())) {
                        server.setOption(o.getKey(), o.getValue());
                    }
                }
            }
            sc.close();
            server.bind(local, Math.max(backlog, 0));
            server.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        pendingUnixBind = null;
        channel = server;
    }

    private ProtocolFamily protocolFamily() {
        return switch (family) {
            case SocketAddresses.AF_INET6 -> StandardProtocolFamily.INET6;
            case SocketAddresses.AF_UNIX -> StandardProtocolFamily.UNIX;
            default -> StandardProtocolFamily.INET;
        };
    }

    /** Starts connecting: true when connected at once, false while the connection is under way. */
    boolean connect(SocketAddress sa) throws IOException {
        NetworkChannel ch = channel;
        if (ch instanceof DatagramChannel dc) {
            dc.connect(sa);
            return true;
        }
        if (!(ch instanceof SocketChannel sc)) {
            throw SocketErrors.error(SocketErrors.EINVAL);
        }
        if (connectPending) {
            throw SocketErrors.error(SocketErrors.EALREADY);
        }
        if (sc.isConnected()) {
            throw SocketErrors.error(SocketErrors.EISCONN);
        }
        if (pendingUnixBind != null) {
            sc.bind(pendingUnixBind);
            pendingUnixBind = null;
        }
        if (sc.connect(sa)) {
            return true;
        }
        connectPending = true;
        return false;
    }

    /**
     * Finishes a connection under way: 0 once connected (or nothing was pending), the errno of
     * a failed connection, or -1 while it is still under way.
     */
    int finishConnect() {
        if (!connectPending) {
            return 0;
        }
        try {
            if (((SocketChannel) channel).finishConnect()) {
                connectPending = false;
                return 0;
            }
            return -1;
        } catch (IOException e) {
            connectPending = false;
            return SocketErrors.errnoOf(e);
        }
    }

    boolean connectPending() {
        return connectPending;
    }

    /** A waiting connection, or null if none waits. */
    SocketEndpoint accept() throws IOException {
        if (!(channel instanceof ServerSocketChannel server)) {
            throw SocketErrors.error(SocketErrors.EINVAL);
        }
        SocketChannel ch = server.accept();
        return ch == null ? null : adopt(family, proto, ch);
    }

    // ---- data ----

    /** Reads into {@code buf}: the count, 0 at end of stream, -1 if nothing is there yet. */
    int read(ByteBuffer buf) throws IOException {
        NetworkChannel ch = channel;
        if (ch instanceof SocketChannel sc) {
            if (!sc.isConnected()) {
                throw SocketErrors.error(SocketErrors.ENOTCONN);
            }
            if (!buf.hasRemaining()) {
                return 0;
            }
            int n = sc.read(buf);
            return n < 0 ? 0 : n == 0 ? -1 : n;
        }
        if (ch instanceof DatagramChannel dc) {
            int start = buf.position();
            SocketAddress from = dc.receive(buf);
            return from == null ? -1 : buf.position() - start;
        }
        throw SocketErrors.error(SocketErrors.ENOTCONN);
    }

    /** Receives a datagram (or stream data) into {@code buf}: its sender, or null if nothing is there yet. */
    SocketAddress receiveFrom(ByteBuffer buf, boolean[] got) throws IOException {
        NetworkChannel ch = channel;
        if (ch instanceof DatagramChannel dc) {
            SocketAddress from = dc.receive(buf);
            got[0] = from != null;
            return from;
        }
        got[0] = read(buf) >= 0;
        return null;
    }

    /** Writes what it can of {@code buf}: the count, or -1 if nothing could be written yet. */
    int write(ByteBuffer buf) throws IOException {
        NetworkChannel ch = channel;
        if (ch instanceof SocketChannel sc) {
            if (!sc.isConnected() || connectPending) {
                throw SocketErrors.error(connectPending ? SocketErrors.EAGAIN : 32 /* EPIPE, as Linux */);
            }
            if (!buf.hasRemaining()) {
                return 0;
            }
            int n = sc.write(buf);
            return n == 0 ? -1 : n;
        }
        if (ch instanceof DatagramChannel dc) {
            if (!dc.isConnected()) {
                throw SocketErrors.error(SocketErrors.EDESTADDRREQ);
            }
            int n = dc.write(buf);
            return n == 0 && buf.hasRemaining() ? -1 : n;
        }
        throw SocketErrors.error(SocketErrors.ENOTCONN);
    }

    /** Sends a datagram to {@code sa}: its size, or -1 if it could not be sent yet. */
    int sendTo(ByteBuffer buf, SocketAddress sa) throws IOException {
        if (!(channel instanceof DatagramChannel dc)) {
            throw SocketErrors.error(SocketErrors.EISCONN);
        }
        int size = buf.remaining();
        int n = dc.send(buf, sa);
        return n == 0 && size > 0 ? -1 : n;
    }

    void shutdown(int how) throws IOException {
        if (!(channel instanceof SocketChannel sc) || !sc.isConnected()) {
            throw SocketErrors.error(SocketErrors.ENOTCONN);
        }
        if (how == 0 || how == 2) {
            sc.shutdownInput();
        }
        if (how == 1 || how == 2) {
            sc.shutdownOutput();
        }
    }

    // ---- waiting ----

    /**
     * Waits until the socket may be ready for {@code op} (a SelectionKey operation) or the
     * deadline (System.nanoTime; Long.MAX_VALUE: none) passes; false when it passed.
     */
    boolean await(int op, long deadline) throws IOException {
        long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        SelectableChannel ch = (SelectableChannel) channel;
        if (closed) {
            throw new ClosedChannelException();
        }
        boolean reading = op == SelectionKey.OP_READ || op == SelectionKey.OP_ACCEPT;
        Selector s;
        synchronized (this) {
            if (reading) {
                if (readWaiter == null) {
                    readWaiter = Selector.open();
                }
                s = readWaiter;
            } else {
                if (writeWaiter == null) {
                    writeWaiter = Selector.open();
                }
                s = writeWaiter;
            }
        }
        synchronized (s) {
            SelectionKey k = ch.keyFor(s);
            if (k == null || !k.isValid()) {
                if (k != null) {
                    s.selectNow(); // flushes the cancelled key of a replaced channel
                }
                k = ch.register(s, op);
            } else {
                k.interestOps(op);
            }
            if (left == Long.MAX_VALUE) {
                s.select();
            } else {
                s.select(Math.max(1, (left + 999_999) / 1_000_000));
            }
            s.selectedKeys().clear();
        }
        if (closed) {
            throw new ClosedChannelException();
        }
        return true;
    }

    /**
     * Registers a selector's hook to run after this socket closes: Java closes a channel
     * registered with a selector only when that selector next selects, so until then the port
     * would still accept connections (select/epoll objects flush it at once).
     */
    public void onClose(Runnable listener) {
        closeListeners.add(listener);
    }

    /** Closes the channel and wakes every thread blocked on this socket. */
    void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        SocketTable.remove(fd);
        Selector r, w;
        synchronized (this) {
            r = readWaiter;
            w = writeWaiter;
        }
        try {
            channel.close();
        } finally {
            for (Selector s : new Selector[] {r, w}) {
                if (s != null) {
                    s.wakeup();
                    synchronized (s) {
                        s.close();
                    }
                }
            }
            for (Runnable l : closeListeners) {
                l.run();
            }
            closeListeners.clear();
        }
    }
}

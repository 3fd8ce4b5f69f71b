package dev.weft.runtime.modules.socket;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.Buffers;
import dev.weft.runtime.types.PyInt;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;

/**
 * setsockopt/getsockopt for the options Java NIO has ({@link StandardSocketOptions}); any
 * other raises OSError ENOPROTOOPT rather than pretending to take effect. IPV6_V6ONLY is
 * recorded only: Java's IPv6 sockets are always dual-stack.
 */
final class SocketOptions {
    private SocketOptions() { }

    static final int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6, SO_SNDBUF = 7,
            SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_LINGER = 13, SO_REUSEPORT = 15;
    static final int IPPROTO_TCP = 6, TCP_NODELAY = 1;
    static final int IPPROTO_IPV6 = 41, IPV6_V6ONLY = 26;

    private static SocketOption<?> option(int level, int opt) {
        if (level == SOL_SOCKET) {
            return switch (opt) {
                case SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
                case SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
                case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
                case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
                case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
                case SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
                default -> null;
            };
        }
        if (level == IPPROTO_TCP && opt == TCP_NODELAY) {
            return StandardSocketOptions.TCP_NODELAY;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static void set(SocketEndpoint e, int level, int opt, PyObject value) {
        int v;
        if (value instanceof PyInt) {
            v = (int) SocketAddresses.toLong(value);
        } else {
            byte[] b = Buffers.bytesOrNull(value);
            if (b == null) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", value.type().name());
            }
            if (b.length != 4) {
                throw SocketErrors.error(SocketErrors.EINVAL);
            }
            v = (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
        }
        if (level == IPPROTO_IPV6 && opt == IPV6_V6ONLY) {
            e.setV6only(v != 0);
            return;
        }
        SocketOption<?> o = option(level, opt);
        if (o == null) {
            throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
        }
        try {
            if (o.type() == Boolean.class) {
                e.setOption((SocketOption<Boolean>) o, v != 0);
            } else {
                e.setOption((SocketOption<Integer>) o, v);
            }
        } catch (IOException x) {
            throw SocketErrors.of(x);
        }
    }

    static PyObject get(SocketEndpoint e, int level, int opt) {
        if (level == IPPROTO_IPV6 && opt == IPV6_V6ONLY) {
            return PyInt.of(e.v6only() ? 1 : 0);
        }
        SocketOption<?> o = option(level, opt);
        if (o == null) {
            throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
        }
        try {
            Object v = e.getOption(o);
            if (v instanceof Boolean b) {
                return PyInt.of(b ? 1 : 0);
            }
            return PyInt.of(((Integer) v).longValue());
        } catch (IOException x) {
            throw SocketErrors.of(x);
        }
    }
}

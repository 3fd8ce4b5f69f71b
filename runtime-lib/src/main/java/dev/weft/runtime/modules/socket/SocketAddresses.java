package dev.weft.runtime.modules.socket;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/** Python socket addresses (tuples, paths) to Java's and back, as _socket converts them on Linux. */
public final class SocketAddresses {
    private SocketAddresses() { }

    public static final int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;

    /** The Java address of {@code addr} for a socket of {@code family}; {@code op} names the call in errors. */
    public static SocketAddress toJava(int family, PyObject addr, String op) {
        switch (family) {
            case AF_INET: {
                PyObject[] t = tuple(addr, "AF_INET", 2, 2, op);
                String host = hostString(t[0]);
                int port = port(t[1], op);
                return new InetSocketAddress(resolve(host, AF_INET), port);
            }
            case AF_INET6: {
                PyObject[] t = tuple(addr, "AF_INET6", 2, 4, op);
                String host = hostString(t[0]);
                int port = port(t[1], op);
                InetAddress a = resolve(host, AF_INET6);
                if (t.length == 4 && a instanceof Inet6Address a6) {
                    int scope = (int) toLong(t[3]);
                    if (scope != 0) {
                        try {
                            a = Inet6Address.getByAddress(null, a6.getAddress(), scope);
                        } catch (UnknownHostException e) {
                            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
                        }
                    }
                }
                return new InetSocketAddress(a, port);
            }
            case AF_UNIX: {
                String path;
                if (addr instanceof PyStr s) {
                    path = s.value();
                } else if (addr instanceof PyBytes b) {
                    path = new String(b.array(), StandardCharsets.UTF_8);
                } else {
                    throw Errors.typeError("%s(): AF_UNIX address must be str or bytes, not %s", op,
                            addr.type().name());
                }
                return UnixDomainSocketAddress.of(path);
            }
            default:
                throw SocketErrors.error(SocketErrors.EAFNOSUPPORT);
        }
    }

    private static PyObject[] tuple(PyObject addr, String fam, int min, int max, String op) {
        if (!(addr instanceof PyTuple t)) {
            throw Errors.typeError("%s(): %s address must be tuple, not %s", op, fam, addr.type().name());
        }
        PyObject[] items = Protocols.toArray(t);
        if (items.length < min || items.length > max) {
            if (max == 2) {
                throw Errors.typeError("%s(): AF_INET address must be a pair (host, port)", op);
            }
            throw Errors.typeError("%s(): AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])", op);
        }
        return items;
    }

    private static String hostString(PyObject h) {
        if (h instanceof PyStr s) {
            return s.value();
        }
        if (h instanceof PyBytes b) {
            return new String(b.array(), StandardCharsets.US_ASCII);
        }
        throw Errors.typeError("str, bytes or bytearray expected, not %s", h.type().name());
    }

    private static int port(PyObject p, String op) {
        if (!(p instanceof PyInt)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", p.type().name());
        }
        long v = toLong(p);
        if (v < 0 || v > 65535) {
            throw Errors.make(ExceptionTypes.OverflowError, op + "(): port must be 0-65535.");
        }
        return (int) v;
    }

    static long toLong(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /**
     * The address of {@code host} in {@code family}: '' is the wildcard address, '<broadcast>'
     * the IPv4 broadcast address, a numeric address itself, a name through the resolver.
     */
    public static InetAddress resolve(String host, int family) {
        try {
            if (host.isEmpty()) {
                return InetAddress.getByName(family == AF_INET6 ? "::" : "0.0.0.0");
            }
            if (host.equals("<broadcast>")) {
                if (family != AF_INET) {
                    throw SocketErrors.gaierror(SocketErrors.EAI_ADDRFAMILY);
                }
                return InetAddress.getByName("255.255.255.255");
            }
            for (InetAddress a : lookup(host)) {
                if (family == AF_INET ? a instanceof Inet4Address : a instanceof Inet6Address) {
                    return a;
                }
            }
            throw SocketErrors.gaierror(isNumeric(host) ? SocketErrors.EAI_ADDRFAMILY : SocketErrors.EAI_NONAME);
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
    }

    /** The addresses of a host name or numeric address (numeric ones are never looked up). */
    public static InetAddress[] lookup(String host) throws UnknownHostException {
        if (host.indexOf('%') > 0 && host.indexOf(':') >= 0) {
            return InetAddress.getAllByName(host); // scoped IPv6 literal
        }
        return InetAddress.getAllByName(host);
    }

    static boolean isNumeric(String host) {
        return host.matches("[0-9.]+") || host.indexOf(':') >= 0;
    }

    /** The Python form of a socket address of {@code family}. */
    public static PyObject toPython(int family, SocketAddress sa) {
        if (sa instanceof InetSocketAddress isa) {
            InetAddress a = isa.getAddress();
            if (family == AF_INET6 || a instanceof Inet6Address) {
                int scope = a instanceof Inet6Address a6 ? a6.getScopeId() : 0;
                String text = a instanceof Inet6Address ? ipv6Text(a.getAddress()) : "::ffff:" + a.getHostAddress();
                return PyTuple.of(PyStr.of(text), PyInt.of(isa.getPort()), PyInt.ZERO, PyInt.of(scope));
            }
            return PyTuple.of(PyStr.of(a.getHostAddress()), PyInt.of(isa.getPort()));
        }
        if (sa instanceof UnixDomainSocketAddress ua) {
            return PyStr.of(ua.getPath().toString());
        }
        if (sa == null) {
            return switch (family) {
                case AF_INET6 -> PyTuple.of(PyStr.of("::"), PyInt.ZERO, PyInt.ZERO, PyInt.ZERO);
                case AF_UNIX -> PyStr.EMPTY;
                default -> PyTuple.of(PyStr.of("0.0.0.0"), PyInt.ZERO);
            };
        }
        throw Errors.valueError("unsupported address %s", sa);
    }

    /** An IPv6 address in the text of inet_ntop (RFC 5952: lower case, longest zero run as ::). */
    public static String ipv6Text(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        // IPv4-mapped and IPv4-compatible forms keep the dotted quad, as glibc's inet_ntop prints them
        boolean dotted = bestStart == 0 && (bestLen == 6 || (bestLen == 7 && w[7] != 1)
                || (bestLen == 5 && w[5] == 0xffff));
        if (dotted) {
            return "::" + (bestLen == 5 ? "ffff:" : "") + (b[12] & 0xff) + "." + (b[13] & 0xff) + "."
                    + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }
}

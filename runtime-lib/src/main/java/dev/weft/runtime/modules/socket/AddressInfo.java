package dev.weft.runtime.modules.socket;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code getaddrinfo} as glibc answers it: addresses from Java's resolver, services from /etc/services. */
final class AddressInfo {
    private AddressInfo() { }

    static final int AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICHOST = 4;
    private static final int SOCK_RAW = 3, IPPROTO_TCP = 6, IPPROTO_UDP = 17;

    static PyObject getaddrinfo(PyObject hostArg, PyObject portArg, int family, int type, int proto, int flags) {
        if (family != SocketAddresses.AF_UNSPEC && family != SocketAddresses.AF_INET
                && family != SocketAddresses.AF_INET6) {
            throw SocketErrors.gaierror(SocketErrors.EAI_FAMILY);
        }
        int port = port(portArg, type);
        List<InetAddress> addrs = new ArrayList<>();
        String canon = "";
        if (hostArg == null || hostArg == PyNone.NONE) {
            if (portArg == null || portArg == PyNone.NONE) {
                throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
            }
            boolean passive = (flags & AI_PASSIVE) != 0;
            try {
                // glibc's order: the IPv4 wildcard first, the IPv6 loopback first
                InetAddress v4 = InetAddress.getByName(passive ? "0.0.0.0" : "127.0.0.1");
                InetAddress v6 = InetAddress.getByName(passive ? "::" : "::1");
                if (passive) {
                    addIf(addrs, v4, family);
                    addIf(addrs, v6, family);
                } else {
                    addIf(addrs, v6, family);
                    addIf(addrs, v4, family);
                }
            } catch (UnknownHostException e) {
                throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
            }
        } else {
            String host = hostArg instanceof PyBytes b ? new String(b.array(), StandardCharsets.US_ASCII)
                    : hostArg instanceof PyStr s ? s.value() : null;
            if (host == null) {
                throw Errors.typeError("getaddrinfo() argument 1 must be string or None");
            }
            if (host.isEmpty() || ((flags & AI_NUMERICHOST) != 0 && !SocketAddresses.isNumeric(host))) {
                throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
            }
            InetAddress[] found;
            try {
                found = SocketAddresses.lookup(host);
            } catch (UnknownHostException e) {
                throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
            }
            for (InetAddress a : found) {
                addIf(addrs, a, family);
            }
            if (addrs.isEmpty()) {
                throw SocketErrors.gaierror(SocketAddresses.isNumeric(host) ? SocketErrors.EAI_ADDRFAMILY
                        : SocketErrors.EAI_NODATA);
            }
            if ((flags & AI_CANONNAME) != 0) {
                canon = SocketAddresses.isNumeric(host) ? host : found[0].getCanonicalHostName();
            }
        }
        int[][] kinds = type == 0
                ? new int[][] {{SocketEndpoint.SOCK_STREAM, IPPROTO_TCP}, {SocketEndpoint.SOCK_DGRAM, IPPROTO_UDP},
                        {SOCK_RAW, 0}}
                : new int[][] {{type, type == SocketEndpoint.SOCK_STREAM ? IPPROTO_TCP
                        : type == SocketEndpoint.SOCK_DGRAM ? IPPROTO_UDP : 0}};
        PyList out = new PyList();
        boolean first = true;
        for (InetAddress a : addrs) {
            int fam = a instanceof Inet6Address ? SocketAddresses.AF_INET6 : SocketAddresses.AF_INET;
            PyObject sockaddr = SocketAddresses.toPython(fam, new InetSocketAddress(a, port));
            for (int[] k : kinds) {
                out.append(PyTuple.of(PyInt.of(fam), PyInt.of(k[0]), PyInt.of(proto != 0 ? proto : k[1]),
                        PyStr.of(first ? canon : ""), sockaddr));
                first = false;
            }
        }
        return out;
    }

    private static void addIf(List<InetAddress> out, InetAddress a, int family) {
        boolean v4 = a instanceof Inet4Address;
        if (family == SocketAddresses.AF_UNSPEC || (family == SocketAddresses.AF_INET) == v4) {
            if (!out.contains(a)) {
                out.add(a);
            }
        }
    }

    private static int port(PyObject p, int type) {
        if (p == null || p == PyNone.NONE) {
            return 0;
        }
        if (p instanceof PyInt) {
            long v = SocketAddresses.toLong(p);
            if (v < 0 || v > 65535) {
                throw Errors.overflowError("getaddrinfo(): port must be 0-65535.");
            }
            return (int) v;
        }
        String s;
        if (p instanceof PyStr ps) {
            s = ps.value();
        } else if (p instanceof PyBytes b) {
            s = new String(b.array(), StandardCharsets.US_ASCII);
        } else {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.OSError, "Int or String expected");
        }
        if (s.matches("[0-9]+")) {
            return Integer.parseInt(s) & 0xffff;
        }
        int n = service(s, type == SocketEndpoint.SOCK_DGRAM ? "udp" : "tcp");
        if (n < 0) {
            throw SocketErrors.gaierror(SocketErrors.EAI_SERVICE);
        }
        return n;
    }

    /** The port of a service name in /etc/services (as glibc looks it up), or -1. */
    static int service(String name, String protocol) {
        Path services = Path.of("/etc/services");
        try {
            for (String line : Files.readAllLines(services, StandardCharsets.ISO_8859_1)) {
                int hash = line.indexOf('#');
                String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
                if (f.length < 2 || !f[1].endsWith("/" + protocol)) {
                    continue;
                }
                for (int i = 0; i < f.length; i++) {
                    if (i != 1 && f[i].equals(name)) {
                        return Integer.parseInt(f[1].substring(0, f[1].indexOf('/')));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

package dev.weft.runtime.modules.socket;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.Buffers;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.ResourceTable;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code _socket}: sockets on Java NIO channels (TCP, UDP and AF_UNIX stream sockets), name
 * resolution and the address conversions. socket.py builds the public {@code socket} module on it.
 */
public final class SocketModule {
    private SocketModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_socket", "Implementation module for socket operations.\n\n"
                + "See the socket module for documentation.");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_socket");
        for (String[] row : ResourceTable.read(SocketModule.class, "constants.tsv")) {
            m.put(row[0], PyInt.of(Long.parseLong(row[1])));
        }
        m.put("socket", PySocket.TYPE);
        m.put("SocketType", PySocket.TYPE);
        m.put("error", ExceptionTypes.OSError);
        m.put("timeout", ExceptionTypes.TimeoutError);
        m.put("herror", SocketErrors.HERROR);
        m.put("gaierror", SocketErrors.GAIERROR);
        m.put("has_ipv6", PyBool.TRUE);
        f.fv("getaddrinfo", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("getaddrinfo", args, kw,
                    new String[] {"host", "port", "family", "type", "proto", "flags"}, 2);
            return AddressInfo.getaddrinfo(a[0], a[1], intOr(a[2]), intOr(a[3]), intOr(a[4]), intOr(a[5]));
        });
        f.f0("gethostname", self -> PyStr.of(hostname()));
        f.f1("gethostbyname", (self, name) -> {
            String host = ((PyStr) strArg(name, "gethostbyname")).value();
            return PyStr.of(SocketAddresses.resolve(host, SocketAddresses.AF_INET).getHostAddress());
        });
        f.f1("gethostbyaddr", (self, name) -> {
            String host = ((PyStr) strArg(name, "gethostbyaddr")).value();
            try {
                InetAddress a = InetAddress.getByName(host);
                String addr = a instanceof java.net.Inet6Address ? SocketAddresses.ipv6Text(a.getAddress())
                        : a.getHostAddress();
                String canon = a.getCanonicalHostName();
                return PyTuple.of(PyStr.of(canon), new PyList(), new PyList(new PyObject[] {PyStr.of(addr)}));
            } catch (UnknownHostException e) {
                throw new dev.weft.runtime.exc.PyException((dev.weft.runtime.exc.PyBaseException) Calls.call(
                        SocketErrors.HERROR, new PyObject[] {PyInt.of(1), PyStr.of("Unknown host")}, null));
            }
        });
        f.fn("getservbyname", 1, 2, (self, a) -> {
            String name = ((PyStr) strArg(a[0], "getservbyname")).value();
            String proto = a[1] == null ? null : ((PyStr) strArg(a[1], "getservbyname")).value();
            int port = AddressInfo.service(name, proto == null ? "tcp" : proto);
            if (port < 0 && proto == null) {
                port = AddressInfo.service(name, "udp");
            }
            if (port < 0) {
                throw Errors.make(ExceptionTypes.OSError, "service/proto not found");
            }
            return PyInt.of(port);
        });
        f.f0("getdefaulttimeout", self -> PySocket.timeoutObject(PySocket.defaultTimeoutNanos));
        f.f1("setdefaulttimeout", (self, t) -> {
            PySocket.defaultTimeoutNanos = t == PyNone.NONE ? -1 : PySocket.timeoutNanosOf(t);
            return PyNone.NONE;
        });
        f.f1("close", (self, fd) -> {
            SocketEndpoint e = SocketTable.get((int) SocketAddresses.toLong(fd));
            if (e == null) {
                throw SocketErrors.error(SocketErrors.EBADF);
            }
            try {
                e.close();
            } catch (IOException x) {
                throw SocketErrors.of(x);
            }
            return PyNone.NONE;
        });
        f.fv("socketpair", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("socketpair", args, kw, new String[] {"family", "type", "proto"}, 0);
            return SocketPair.create(a[0] == null ? SocketAddresses.AF_UNIX : intOr(a[0]),
                    a[1] == null ? SocketEndpoint.SOCK_STREAM : intOr(a[1]), intOr(a[2]));
        });
        InetText.define(f);
        return m;
    }

    static int intOr(PyObject o) {
        return o == null || o == PyNone.NONE ? 0 : (int) SocketAddresses.toLong(o);
    }

    static PyObject strArg(PyObject o, String fn) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("%s() argument 1 must be str, not %s", fn, o.type().name());
        }
        return o;
    }

    static String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException | RuntimeException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException x) {
                return "localhost";
            }
        }
    }

    /** The bytes of a bytes-like argument. */
    static byte[] bytesArg(PyObject o) {
        return o instanceof PyBytes b ? b.array() : Buffers.bytes(o);
    }
}

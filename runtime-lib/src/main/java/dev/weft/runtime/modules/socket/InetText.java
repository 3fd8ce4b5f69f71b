package dev.weft.runtime.modules.socket;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

/** inet_aton/inet_ntoa/inet_pton/inet_ntop and the byte-order functions of _socket. */
final class InetText {
    private InetText() { }

    static void define(ModuleDefs.Funcs f) {
        f.f1("inet_aton", (self, s) -> {
            byte[] b = aton(((PyStr) SocketModule.strArg(s, "inet_aton")).value(), true);
            if (b == null) {
                throw Errors.make(ExceptionTypes.OSError, "illegal IP address string passed to inet_aton");
            }
            return PyBytes.of(b);
        });
        f.f1("inet_ntoa", (self, packed) -> {
            byte[] b = SocketModule.bytesArg(packed);
            if (b.length != 4) {
                throw Errors.make(ExceptionTypes.OSError, "packed IP wrong length for inet_ntoa");
            }
            return PyStr.of(dotted(b));
        });
        f.f2("inet_pton", 2, (self, fam, s) -> {
            int family = (int) SocketAddresses.toLong(fam);
            String text = ((PyStr) SocketModule.strArg(s, "inet_pton")).value();
            byte[] b = switch (family) {
                case SocketAddresses.AF_INET -> aton(text, false);
                case SocketAddresses.AF_INET6 -> ipv6(text);
                default -> throw SocketErrors.error(SocketErrors.EAFNOSUPPORT);
            };
            if (b == null) {
                throw Errors.make(ExceptionTypes.OSError, "illegal IP address string passed to inet_pton");
            }
            return PyBytes.of(b);
        });
        f.f2("inet_ntop", 2, (self, fam, packed) -> {
            int family = (int) SocketAddresses.toLong(fam);
            byte[] b = SocketModule.bytesArg(packed);
            switch (family) {
                case SocketAddresses.AF_INET:
                    if (b.length != 4) {
                        throw Errors.valueError("invalid length of packed IP address string");
                    }
                    return PyStr.of(dotted(b));
                case SocketAddresses.AF_INET6:
                    if (b.length != 16) {
                        throw Errors.valueError("invalid length of packed IP address string");
                    }
                    return PyStr.of(SocketAddresses.ipv6Text(b));
                default:
                    throw Errors.valueError("unknown address family %d", family);
            }
        });
        f.f1("htons", (self, x) -> PyInt.of(swap16(x, "htons")));
        f.f1("ntohs", (self, x) -> PyInt.of(swap16(x, "ntohs")));
        f.f1("htonl", (self, x) -> PyInt.of(swap32(x, "htonl")));
        f.f1("ntohl", (self, x) -> PyInt.of(swap32(x, "ntohl")));
    }

    private static long swap16(PyObject x, String fn) {
        long v = SocketAddresses.toLong(x);
        if (v < 0) {
            throw Errors.overflowError("%s: can't convert negative Python int to C 16-bit unsigned integer", fn);
        }
        if (v > 0xffff) {
            throw Errors.overflowError("%s: Python int too large to convert to C 16-bit unsigned integer", fn);
        }
        return ((v & 0xff) << 8) | (v >> 8);
    }

    private static long swap32(PyObject x, String fn) {
        long v = SocketAddresses.toLong(x);
        if (v < 0) {
            throw Errors.overflowError("can't convert negative value to unsigned int");
        }
        if (v > 0xffffffffL) {
            throw Errors.overflowError("int larger than 32 bits");
        }
        return Integer.toUnsignedLong(Integer.reverseBytes((int) v));
    }

    private static String dotted(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    /**
     * An IPv4 address: strictly four decimal parts for inet_pton; for inet_aton also the
     * classic forms (fewer parts, octal and hex parts) glibc accepts.
     */
    static byte[] aton(String s, boolean lenient) {
        if (!lenient) {
            String[] p = s.split("\\.", -1);
            if (p.length != 4) {
                return null;
            }
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (!p[i].matches("[0-9]{1,3}") || Integer.parseInt(p[i]) > 255) {
                    return null;
                }
                b[i] = (byte) Integer.parseInt(p[i]);
            }
            return b;
        }
        String t = s.endsWith(".") || s.isEmpty() ? null : s.split("\\s", 2)[0];
        if (t == null) {
            return null;
        }
        String[] p = t.split("\\.", -1);
        if (p.length > 4) {
            return null;
        }
        long[] v = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            try {
                String q = p[i];
                if (q.startsWith("0x") || q.startsWith("0X")) {
                    v[i] = q.length() == 2 ? 0 : Long.parseLong(q.substring(2), 16);
                } else if (q.length() > 1 && q.startsWith("0")) {
                    v[i] = Long.parseLong(q.substring(1), 8);
                } else {
                    v[i] = Long.parseLong(q);
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long addr = 0;
        for (int i = 0; i < p.length - 1; i++) {
            if (v[i] > 255) {
                return null;
            }
            addr |= v[i] << (24 - 8 * i);
        }
        long last = v[p.length - 1];
        if (last >= 1L << (8 * (5 - p.length))) {
            return null;
        }
        addr |= last;
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }

    /** An IPv6 address in text (with :: and an optional dotted IPv4 tail), or null. */
    static byte[] ipv6(String s) {
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] hw = groups(head);
        int[] tw = groups(tail);
        if (hw == null || tw == null) {
            return null;
        }
        int total = hw.length + tw.length;
        if (dbl < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] w = new int[8];
        System.arraycopy(hw, 0, w, 0, hw.length);
        System.arraycopy(tw, 0, w, 8 - tw.length, tw.length);
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (w[i] >> 8);
            b[2 * i + 1] = (byte) w[i];
        }
        return b;
    }

    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] p = s.split(":", -1);
        int extra = p[p.length - 1].contains(".") ? 1 : 0;
        int[] w = new int[p.length + extra];
        for (int i = 0; i < p.length; i++) {
            if (i == p.length - 1 && extra == 1) {
                byte[] v4 = aton(p[i], false);
                if (v4 == null) {
                    return null;
                }
                w[i] = (v4[0] & 0xff) << 8 | (v4[1] & 0xff);
                w[i + 1] = (v4[2] & 0xff) << 8 | (v4[3] & 0xff);
                continue;
            }
            if (!p[i].matches("[0-9a-fA-F]{1,4}")) {
                return null;
            }
            w[i] = Integer.parseInt(p[i], 16);
        }
        return w;
    }
}

package dev.weft.runtime.modules.binascii;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.Buffers;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Positional;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.text.BytesHex;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import java.nio.charset.StandardCharsets;

/** {@code binascii}: conversions between binary data and ASCII encodings, as CPython's C module. */
public final class BinasciiModule {
    private BinasciiModule() { }

    static final PyType ERROR = ModuleTypes.exceptionClass("binascii", "Error", ExceptionTypes.ValueError);
    static final PyType INCOMPLETE = ModuleTypes.exceptionClass("binascii", "Incomplete", ExceptionTypes.Exception);
    private static volatile PyModule module;

    static PyException error(String fmt, Object... args) {
        return Errors.make(ERROR, fmt, args);
    }

    /** The argument of the a2b_ functions: a bytes-like object or an ASCII-only str. */
    static byte[] asciiData(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127) {
                    throw Errors.valueError("string argument should contain only ASCII characters");
                }
            }
            return v.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] b = Buffers.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '%s'", o.type().name());
        }
        return b;
    }

    /** Clinic's {@code unsigned int(bitwise=True)}: any int, keeping its low 32 bits. */
    static int unsignedBits(PyObject o) {
        if (o instanceof dev.weft.runtime.types.PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        return Protocols.index(o, null).bigValue().intValue();
    }

    private static PyBytes bytes(byte[] b) {
        return PyBytes.of(b);
    }

    static byte[] unhexlify(byte[] in) {
        if (in.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < in.length; i += 2) {
            int hi = Character.digit(in[i] & 0xff, 16);
            int lo = Character.digit(in[i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || in[i] < 0 || in[i + 1] < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i / 2] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    static PyBytes hexlify(String name, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse(name, args, kw, new String[] {"data", "sep", "bytes_per_sep"}, 1);
        byte[] data = Buffers.bytes(a[0]);
        String sep = null;
        if (a[1] != null) {
            if (a[1] instanceof PyStr s) {
                sep = s.value();
            } else if (a[1] instanceof PyBytes b) {
                sep = new String(b.array(), StandardCharsets.ISO_8859_1);
            } else {
                throw Errors.typeError("object of type '%s' has no len()", a[1].type().name());
            }
        }
        int perSep = 1;
        if (a[2] != null) {
            PyInt i = Protocols.index(a[2], null);
            if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            perSep = (int) i.longValue();
        }
        return bytes(BytesHex.hex(data, sep, perSep).getBytes(StandardCharsets.ISO_8859_1));
    }

    public static synchronized PyModule create() {
        if (module != null) {
            return module;
        }
        PyModule m = ModuleTypes.module("binascii", "Conversion between binary data and ASCII");
        m.put("Error", ERROR);
        m.put("Incomplete", INCOMPLETE);
        ModuleTypes.fv(m, "hexlify", (s, args, kw) -> hexlify("hexlify", args, kw));
        ModuleTypes.fv(m, "b2a_hex", (s, args, kw) -> hexlify("b2a_hex", args, kw));
        ModuleTypes.fv(m, "unhexlify", (s, args, kw) -> bytes(unhexlify(asciiData(
                Positional.check("unhexlify", args, kw, 1, 1)[0]))));
        ModuleTypes.fv(m, "a2b_hex", (s, args, kw) -> bytes(unhexlify(asciiData(
                Positional.check("a2b_hex", args, kw, 1, 1)[0]))));
        ModuleTypes.fv(m, "a2b_base64", (s, args, kw) -> {
            Positional.exactlyOne("a2b_base64", args, kw);
            PyObject[] a = ArgParse.parse("a2b_base64", args, kw, new String[] {"data", "*strict_mode"}, 1);
            return bytes(Base64Codec.decode(asciiData(a[0]), a[1] != null && Ops.isTrue(a[1])));
        });
        ModuleTypes.fv(m, "b2a_base64", (s, args, kw) -> {
            Positional.exactlyOne("b2a_base64", args, kw);
            PyObject[] a = ArgParse.parse("b2a_base64", args, kw, new String[] {"data", "*newline"}, 1);
            return bytes(Base64Codec.encode(Buffers.bytes(a[0]), a[1] == null || Ops.isTrue(a[1])));
        });
        ModuleTypes.fv(m, "crc32", (s, args, kw) -> {
            Positional.check("crc32", args, kw, 1, 2);
            int start = args.length > 1 ? unsignedBits(args[1]) : 0;
            return PyInt.of(Integer.toUnsignedLong(Checksums.crc32(start, Buffers.bytes(args[0]))));
        });
        ModuleTypes.fv(m, "crc_hqx", (s, args, kw) -> {
            Positional.check("crc_hqx", args, kw, 2, 2);
            return PyInt.of(Checksums.crcHqx(unsignedBits(args[1]), Buffers.bytes(args[0])));
        });
        ModuleTypes.fv(m, "a2b_qp", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("a2b_qp", args, kw, new String[] {"data", "header"}, 1);
            return bytes(QuotedPrintable.decode(asciiData(a[0]), a[1] != null && Ops.isTrue(a[1])));
        });
        ModuleTypes.fv(m, "b2a_qp", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("b2a_qp", args, kw,
                    new String[] {"data", "quotetabs", "istext", "header"}, 1);
            return bytes(QuotedPrintable.encode(Buffers.bytes(a[0]), a[1] != null && Ops.isTrue(a[1]),
                    a[2] == null || Ops.isTrue(a[2]), a[3] != null && Ops.isTrue(a[3])));
        });
        ModuleTypes.fv(m, "a2b_uu", (s, args, kw) -> bytes(UuCodec.decode(asciiData(
                Positional.check("a2b_uu", args, kw, 1, 1)[0]))));
        ModuleTypes.fv(m, "b2a_uu", (s, args, kw) -> {
            Positional.exactlyOne("b2a_uu", args, kw);
            PyObject[] a = ArgParse.parse("b2a_uu", args, kw, new String[] {"data", "*backtick"}, 1);
            return bytes(UuCodec.encode(Buffers.bytes(a[0]), a[1] != null && Ops.isTrue(a[1])));
        });
        module = m;
        return m;
    }
}

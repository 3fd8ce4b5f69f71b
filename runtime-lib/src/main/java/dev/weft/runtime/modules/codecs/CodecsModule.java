package dev.weft.runtime.modules.codecs;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.LibraryErrors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.io.IOBaseTypes;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.text.CodecFunctions;
import dev.weft.runtime.text.TextError;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code _codecs}: the codec registry (search functions, cache, error handlers) and the codec
 * functions that {@code codecs.py} and {@code encodings/*.py} build their CodecInfo objects from.
 * The codecs themselves are the runtime's ({@code dev.weft.runtime.text}).
 */
public final class CodecsModule {
    private CodecsModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_codecs", null);
        CodecRegistryFunctions.define(m);
        ErrorHandlerFunctions.define(m);
        for (String module : new String[] {"utf_8", "ascii", "latin_1", "utf_16_le", "utf_16_be", "utf_32_le",
            "utf_32_be", "unicode_escape", "raw_unicode_escape"}) {
            plainCodec(m, module);
        }
        bomCodec(m, "utf_16", 2);
        bomCodec(m, "utf_32", 4);
        CharmapFunctions.define(m);
        EscapeFunctions.define(m);
        for (String missing : new String[] {"utf_7"}) {
            ModuleTypes.fv(m, missing + "_encode", (s, a, k) -> {
                throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.LookupError,
                        "the %s codec is not supported by weft", missing.replace('_', '-'));
            });
            ModuleTypes.fv(m, missing + "_decode", (s, a, k) -> {
                throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.LookupError,
                        "the %s codec is not supported by weft", missing.replace('_', '-'));
            });
        }
        ModuleTypes.fv(m, "readbuffer_encode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("readbuffer_encode", args, kw, new String[] {"data", "errors"}, 1);
            byte[] b = a[0] instanceof PyStr str ? str.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : IOBaseTypes.bytesLike(a[0]);
            return PyTuple.of(PyBytes.of(b), PyInt.of(b.length));
        });
        return m;
    }

    static String errors(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return "strict";
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("argument 'errors' must be str or None, not %s", o.type().name());
        }
        return s.value();
    }

    static String str(String fn, PyObject o) {
        return str(fn, "argument 1", o);
    }

    /** {@code which}: "argument" for one-argument functions, "argument 1" otherwise (CPython's wording). */
    static String str(String fn, String which, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() %s must be str, not %s", fn, which, o.type().name());
        }
        return s.value();
    }

    /** Runs a text-library call, raising its errors as Python exceptions. */
    static <T> T text(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (TextError e) {
            throw LibraryErrors.convert(e);
        }
    }

    /** {@code X_encode(str, errors=None)} and {@code X_decode(data, errors=None, final=False)}. */
    private static void plainCodec(PyModule m, String module) {
        String enc = module + "_encode";
        String dec = module + "_decode";
        ModuleTypes.fv(m, enc, (s, args, kw) -> {
            PyObject[] a = ArgParse.parse(enc, args, kw, new String[] {"str", "errors"}, 1);
            String in = str(enc, a[0]);
            byte[] out = text(() -> CodecFunctions.encode(module, in, errors(a[1])));
            return PyTuple.of(PyBytes.of(out), PyInt.of(in.codePointCount(0, in.length())));
        });
        boolean escape = module.endsWith("escape");
        ModuleTypes.fv(m, dec, (s, args, kw) -> {
            PyObject[] a = ArgParse.parse(dec, args, kw, new String[] {"data", "errors", "final"}, 1);
            byte[] data = escape && a[0] instanceof PyStr str
                    ? str.value().getBytes(java.nio.charset.StandardCharsets.UTF_8) : IOBaseTypes.bytesLike(a[0]);
            boolean fin = escape || a[2] != null && Ops.isTrue(a[2]);
            CodecFunctions.Decoded d = text(() -> CodecFunctions.decode(module, data, errors(a[1]), fin));
            return PyTuple.of(PyStr.of(d.text()), PyInt.of(d.consumed()));
        });
    }

    /** utf_16 / utf_32: a byte-order mark; {@code _encode(str, errors, byteorder=0)}, {@code _ex_decode}. */
    private static void bomCodec(PyModule m, String module, int unit) {
        ModuleTypes.fv(m, module + "_encode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse(module + "_encode", args, kw, new String[] {"str", "errors", "byteorder"}, 1);
            String in = str(module + "_encode", a[0]);
            long order = a[2] == null ? 0 : dev.weft.runtime.ops.Protocols.index(a[2], null).longValue();
            String variant = order == 0 ? module : order < 0 ? module + "_le" : module + "_be";
            byte[] out = text(() -> CodecFunctions.encode(variant, in, errors(a[1])));
            return PyTuple.of(PyBytes.of(out), PyInt.of(in.codePointCount(0, in.length())));
        });
        ModuleTypes.fv(m, module + "_decode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse(module + "_decode", args, kw, new String[] {"data", "errors", "final"}, 1);
            Object[] r = exDecode(module, unit, IOBaseTypes.bytesLike(a[0]), errors(a[1]), 0,
                    a[2] != null && Ops.isTrue(a[2]));
            return PyTuple.of((PyObject) r[0], (PyObject) r[1]);
        });
        ModuleTypes.fv(m, module + "_ex_decode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse(module + "_ex_decode", args, kw,
                    new String[] {"data", "errors", "byteorder", "final"}, 1);
            long order = a[2] == null ? 0 : dev.weft.runtime.ops.Protocols.index(a[2], null).longValue();
            Object[] r = exDecode(module, unit, IOBaseTypes.bytesLike(a[0]), errors(a[1]), (int) order,
                    a[3] != null && Ops.isTrue(a[3]));
            return PyTuple.of((PyObject) r[0], (PyObject) r[1], (PyObject) r[2]);
        });
    }

    /** Decodes with byte order {@code order} (0: from a mark, else little-endian); returns (str, consumed, order). */
    private static Object[] exDecode(String module, int unit, byte[] data, String errors, int order, boolean fin) {
        int skip = 0;
        int detected = order;
        if (order == 0 && data.length >= unit) {
            boolean le = unit == 2 ? (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe
                    : (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe && data[2] == 0 && data[3] == 0;
            boolean be = unit == 2 ? (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff
                    : data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff;
            if (le || be) {
                skip = unit;
                detected = le ? -1 : 1;
            }
        } else if (order == 0 && !fin) {
            return new Object[] {PyStr.EMPTY, PyInt.of(0), PyInt.of(0)}; // the mark may still come
        }
        String variant = detected > 0 ? module + "_be" : module + "_le";
        byte[] rest = java.util.Arrays.copyOfRange(data, skip, data.length);
        CodecFunctions.Decoded d = text(() -> CodecFunctions.decode(variant, rest, errors, fin));
        return new Object[] {PyStr.of(d.text()), PyInt.of(skip + d.consumed()), PyInt.of(detected)};
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }

    static PyException asPy(RuntimeException e) {
        return e instanceof PyException p ? p : LibraryErrors.convert(e);
    }
}

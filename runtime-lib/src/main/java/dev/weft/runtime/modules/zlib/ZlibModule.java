package dev.weft.runtime.modules.zlib;

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
import dev.weft.runtime.modules.binascii.Checksums;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** {@code zlib} on java.util.zip (the system zlib), with CPython's arguments, results and errors. */
public final class ZlibModule {
    private ZlibModule() { }

    static final PyType ERROR = ModuleTypes.exceptionClass("zlib", "error", ExceptionTypes.Exception);
    private static volatile PyModule module;

    static PyException error(String fmt, Object... args) {
        return Errors.make(ERROR, fmt, args);
    }

    static int intArg(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static long ssizeArg(PyObject o, long dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    private static void atLeastOnePositional(String fn, PyObject[] args, String[] kw) {
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n < 1) {
            throw Errors.typeError("%s() takes at least 1 positional argument (0 given)", fn);
        }
    }

    /** Python's unsigned-int-with-mask conversion of a checksum's start value. */
    private static int startValue(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        return Protocols.index(o, null).bigValue().intValue();
    }

    public static synchronized PyModule create() {
        if (module != null) {
            return module;
        }
        PyModule m = ModuleTypes.module("zlib", "The functions in this module allow compression and decompression "
                + "using the\nzlib library, which is based on GNU zip.");
        m.put("error", ERROR);
        m.put("Compress", PyCompress.TYPE);
        m.put("Decompress", PyDecompress.TYPE);
        Object[][] constants = {
            {"DEFLATED", 8}, {"DEF_BUF_SIZE", 16384}, {"DEF_MEM_LEVEL", 8}, {"MAX_WBITS", 15},
            {"Z_BEST_COMPRESSION", 9}, {"Z_BEST_SPEED", 1}, {"Z_BLOCK", 5}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_FINISH", 4}, {"Z_FIXED", 4}, {"Z_FULL_FLUSH", 3},
            {"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0}, {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1},
            {"Z_RLE", 3}, {"Z_SYNC_FLUSH", 2}, {"Z_TREES", 6},
        };
        for (Object[] c : constants) {
            m.put((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.put("ZLIB_VERSION", PyStr.of("1.2.13"));
        m.put("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        ModuleTypes.fv(m, "crc32", (s, args, kw) -> {
            Positional.check("crc32", args, kw, 1, 2);
            int start = startValue(args.length > 1 ? args[1] : null, 0);
            return PyInt.of(Integer.toUnsignedLong(Checksums.crc32(start, Buffers.bytes(args[0]))));
        });
        ModuleTypes.fv(m, "adler32", (s, args, kw) -> {
            Positional.check("adler32", args, kw, 1, 2);
            int start = startValue(args.length > 1 ? args[1] : null, 1);
            return PyInt.of(Integer.toUnsignedLong(Checksums.adler32(start, Buffers.bytes(args[0]))));
        });
        ModuleTypes.fv(m, "compress", (s, args, kw) -> {
            atLeastOnePositional("compress", args, kw);
            PyObject[] a = ArgParse.parse("compress", args, kw, new String[] {"/data", "level", "wbits"}, 0);
            byte[] data = Buffers.bytes(a[0]);
            Compressor c = Compressor.create(intArg(a[1], -1), 8, intArg(a[2], 15), 8, 0, null);
            if (c == null) {
                throw error("Bad compression level");
            }
            return PyBytes.of(Decompressor.concat(c.compress(data), c.flush(4)));
        });
        ModuleTypes.fv(m, "decompress", (s, args, kw) -> {
            atLeastOnePositional("decompress", args, kw);
            PyObject[] a = ArgParse.parse("decompress", args, kw, new String[] {"/data", "wbits", "bufsize"}, 0);
            byte[] data = Buffers.bytes(a[0]);
            int wbits = intArg(a[1], 15);
            if (ssizeArg(a[2], 16384) < 0) {
                throw Errors.valueError("bufsize must be non-negative");
            }
            Decompressor d = Decompressor.create(wbits, null);
            if (d == null) {
                throw error("Error -2 while preparing to decompress data: inconsistent stream state");
            }
            byte[] out = d.decompress(data, 0);
            if (!d.eof) {
                throw error("Error -5 while decompressing data: incomplete or truncated stream");
            }
            return PyBytes.of(out);
        });
        ModuleTypes.fv(m, "compressobj", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("compressobj", args, kw,
                    new String[] {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0);
            byte[] zdict = a[5] == null || a[5] == PyNone.NONE ? null : Buffers.bytes(a[5]);
            Compressor c = Compressor.create(intArg(a[0], -1), intArg(a[1], 8), intArg(a[2], 15), intArg(a[3], 8),
                    intArg(a[4], 0), zdict);
            if (c == null) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new PyCompress(c);
        });
        ModuleTypes.fv(m, "decompressobj", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("decompressobj", args, kw, new String[] {"wbits", "zdict"}, 0);
            byte[] zdict = null;
            if (a[1] != null) {
                zdict = Buffers.bytesOrNull(a[1]);
                if (zdict == null) {
                    throw Errors.typeError("zdict argument must support the buffer protocol");
                }
                if (zdict.length == 0) {
                    zdict = null;
                }
            }
            Decompressor d = Decompressor.create(intArg(a[0], 15), zdict);
            if (d == null) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new PyDecompress(d);
        });
        module = m;
        return m;
    }

    /** {@code zlib.Compress}: one compression stream; calls on it are serialised. */
    static final class PyCompress extends PyObject {
        static final PyType TYPE = new PyType("Compress", PyCompress.class, PyType.OBJECT, t -> {
            t.def("__module__", PyStr.intern("zlib"));
            t.def1("compress", (s, data) -> {
                PyCompress c = (PyCompress) s;
                synchronized (c) {
                    return PyBytes.of(c.stream.compress(Buffers.bytes(data)));
                }
            });
            t.def1("flush", 0, (s, mode) -> {
                PyCompress c = (PyCompress) s;
                synchronized (c) {
                    return PyBytes.of(c.stream.flush(intArg(mode, 4)));
                }
            });
            t.def0("copy", s -> new PyCompress(((PyCompress) s).stream.copy()));
        }, PyType.IMMUTABLE);

        final Compressor stream;

        PyCompress(Compressor stream) {
            this.stream = stream;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** {@code zlib.Decompress}: one decompression stream; calls on it are serialised. */
    static final class PyDecompress extends PyObject {
        static final PyType TYPE = new PyType("Decompress", PyDecompress.class, PyType.OBJECT, t -> {
            t.def("__module__", PyStr.intern("zlib"));
            t.defV("decompress", (s, args, kw) -> {
                atLeastOnePositional("decompress", args, kw);
            PyObject[] a = ArgParse.parse("decompress", args, kw, new String[] {"/data", "max_length"}, 0);
                byte[] data = Buffers.bytes(a[0]);
                long max = ssizeArg(a[1], 0);
                if (max < 0) {
                    throw Errors.valueError("max_length must be non-negative");
                }
                PyDecompress d = (PyDecompress) s;
                synchronized (d) {
                    return PyBytes.of(d.stream.decompress(data, max));
                }
            });
            t.def1("flush", 0, (s, length) -> {
                if (ssizeArg(length, 16384) <= 0) {
                    throw Errors.valueError("length must be greater than zero");
                }
                PyDecompress d = (PyDecompress) s;
                synchronized (d) {
                    return PyBytes.of(d.stream.decompress(d.stream.unconsumedTail, 0));
                }
            });
            t.def0("copy", s -> new PyDecompress(((PyDecompress) s).stream.copy()));
            t.defGetSet("unused_data", s -> PyBytes.of(((PyDecompress) s).stream.unusedData), null);
            t.defGetSet("unconsumed_tail", s -> PyBytes.of(((PyDecompress) s).stream.unconsumedTail), null);
            t.defGetSet("eof", s -> PyBool.of(((PyDecompress) s).stream.eof), null);
        }, PyType.IMMUTABLE);

        final Decompressor stream;

        PyDecompress(Decompressor stream) {
            this.stream = stream;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}

package dev.weft.runtime.modules.struct;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.Buffers;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Positional;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.text.Codecs;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** {@code struct.Struct}: a compiled format; immutable once created, so shared freely between threads. */
public final class PyStruct extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("_struct", "Struct", PyStruct.class, null, true,
            PyStruct::define);

    final StructFormat format;

    private PyStruct(PyType type, StructFormat format) {
        super(type);
        this.format = format;
    }

    static PyStruct of(PyObject formatArg) {
        return new PyStruct(TYPE, StructFormat.parse(formatText(formatArg)));
    }

    /** The format as text: a str (ASCII only) or bytes. */
    static String formatText(PyObject f) {
        if (f instanceof PyStr s) {
            String v = s.value();
            Codecs.encode(v, "ascii", "strict");
            return v;
        }
        if (f instanceof PyBytes b) {
            return new String(b.array(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not %s", f.type().name());
    }

    private int size() {
        if (format.size > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        return (int) format.size;
    }

    PyBytes pack(String fn, PyObject[] args, int from) {
        checkCount(fn, args.length - from);
        byte[] out = new byte[size()];
        format.pack(out, 0, args, from);
        return PyBytes.of(out);
    }

    private void checkCount(String fn, int given) {
        if (given != format.itemCount) {
            throw StructModule.error("%s expected %d items for packing (got %d)", fn, format.itemCount, given);
        }
    }

    PyObject packInto(PyObject[] args, int from) {
        int n = args.length - from;
        if (n < 1) {
            throw StructModule.error("pack_into expected buffer argument");
        }
        if (n < 2) {
            throw StructModule.error("pack_into expected offset argument");
        }
        checkCount("pack_into", n - 2);
        PyByteArray buffer = Buffers.writable(args[from]);
        long offset = ssize(args[from + 1]);
        long len = buffer.size();
        long size = format.size;
        if (offset < 0) {
            if (offset + len < 0) {
                throw StructModule.error("offset %d out of range for %d-byte buffer", offset, len);
            }
            if (-offset < size) {
                throw StructModule.error("no space to pack %d bytes at offset %d", size, offset);
            }
            offset += len;
        }
        if (len - offset < size) {
            throw StructModule.error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                    + "(actual buffer size is %d)", size + offset, size, offset, len);
        }
        byte[] out = new byte[size()];
        format.pack(out, 0, args, from + 2);
        buffer.setSlice(new PySlice(PyInt.of(offset), PyInt.of(offset + size), PyNone.NONE), out);
        return PyNone.NONE;
    }

    PyTuple unpack(PyObject buffer) {
        byte[] b = Buffers.bytes(buffer);
        if (b.length != format.size) {
            throw StructModule.error("unpack requires a buffer of %d bytes", format.size);
        }
        return format.unpack(b, 0);
    }

    PyTuple unpackFrom(PyObject buffer, PyObject offsetArg) {
        byte[] b = Buffers.bytes(buffer);
        long offset = offsetArg == null ? 0 : ssize(offsetArg);
        long len = b.length;
        long size = format.size;
        if (offset < 0) {
            if (offset + len < 0) {
                throw StructModule.error("offset %d out of range for %d-byte buffer", offset, len);
            }
            if (-offset < size) {
                throw StructModule.error("not enough data to unpack %d bytes at offset %d", size, offset);
            }
            offset += len;
        }
        if (len - offset < size) {
            throw StructModule.error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at "
                    + "offset %d (actual buffer size is %d)", size + offset, size, offset, len);
        }
        return format.unpack(b, (int) offset);
    }

    PyObject iterUnpack(PyObject buffer) {
        byte[] b = Buffers.bytes(buffer);
        if (format.size == 0) {
            throw StructModule.error("cannot iteratively unpack with a struct of length 0");
        }
        if (b.length % format.size != 0) {
            throw StructModule.error("iterative unpacking requires a buffer of a multiple of %d bytes", format.size);
        }
        return new UnpackIterator(format, b);
    }

    private static long ssize(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.IndexError,
                    "cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    private static PyStruct self(PyObject o) {
        return (PyStruct) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyObject[] a = ArgParse.parse("Struct", args, kw, new String[] {"format"}, 1);
            return new PyStruct(cls, StructFormat.parse(formatText(a[0])));
        });
        t.defV("__init__", (s, args, kw) -> PyNone.NONE);
        t.defGetSet("format", s -> PyStr.of(self(s).format.format), null);
        t.defGetSet("size", s -> PyInt.of(self(s).format.size), null);
        t.def0("__repr__", s -> PyStr.of("Struct(" + Ops.reprString(PyStr.of(self(s).format.format)) + ")"));
        t.defV("pack", (s, args, kw) -> {
            ArgParse.noKeywords("pack", kw);
            return self(s).pack("pack", args, 0);
        });
        t.defV("pack_into", (s, args, kw) -> {
            ArgParse.noKeywords("pack_into", kw);
            return self(s).packInto(args, 0);
        });
        t.def1("unpack", (s, b) -> self(s).unpack(b));
        t.defV("unpack_from", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("unpack_from", args, kw, new String[] {"buffer", "offset"}, 1);
            return self(s).unpackFrom(a[0], a[1]);
        });
        t.def1("iter_unpack", (s, b) -> self(s).iterUnpack(b));
    }
}

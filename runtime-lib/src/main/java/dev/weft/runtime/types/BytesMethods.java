package dev.weft.runtime.types;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Protocols;

import dev.weft.runtime.text.BytesHex;
import dev.weft.runtime.text.BytesOps;
import dev.weft.runtime.text.BytesSearch;
import dev.weft.runtime.text.Codecs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Methods of {@code bytes} and {@code bytearray}: the core protocol here; the text-like
 * methods are a small interim set until dev.weft.runtime.text provides them all.
 */
final class BytesMethods {
    private BytesMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    /** The bytes of a bytes-like object, or null. */
    static byte[] bufferOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray ba) {
            return ba.toByteArray();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.toBytes();
        }
        return null;
    }

    private static byte[] need(PyObject o) {
        byte[] b = bufferOf(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", o.type().name());
        }
        return b;
    }

    private static byte[] data(PyObject self) {
        return self instanceof PyBytes b ? b.bytes : ((PyByteArray) self).toByteArray();
    }

    private static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : PyBytes.of(b);
    }

    static byte[] construct(PyObject[] args, String[] kw, String name) {
        PyObject[] p = ArgParse.parse(name, args, kw, new String[] {"source", "encoding", "errors"}, 0);
        if (p[0] == null) {
            return new byte[0];
        }
        if (p[0] instanceof PyStr s) {
            if (p[1] == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value(), p[1].toString(), p[2] == null ? "strict" : p[2].toString());
        }
        if (p[1] != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (p[0] instanceof PyInt n) {
            if (n.signum() < 0) {
                throw Errors.valueError("negative count");
            }
            return new byte[(int) n.longValue()];
        }
        return PyBytes.fromBuffer(p[0]).bytes.clone();
    }

    private static int find(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] needle(PyObject o) {
        if (o instanceof PyInt i) {
            return BytesSearch.byteArg(i.fitsLong() ? i.longValue() : -1);
        }
        return need(o);
    }

    static void defineCommon(PyType t, String name) {
        t.def("maketrans", new dev.weft.runtime.call.PyStaticMethod(new dev.weft.runtime.call.PyBuiltinFunction(
                "maketrans", 2, 2, (dev.weft.runtime.call.Fn.F2) (unused, from, to) -> {
                    byte[] f = need(from);
                    byte[] g = need(to);
                    if (f.length != g.length) {
                        throw Errors.valueError("maketrans arguments must have same length");
                    }
                    byte[] table = new byte[256];
                    for (int i = 0; i < 256; i++) {
                        table[i] = (byte) i;
                    }
                    for (int i = 0; i < f.length; i++) {
                        table[f[i] & 0xff] = g[i];
                    }
                    return PyBytes.of(table);
                })));
        t.def0("__len__", self -> PyInt.of(data(self).length));
        t.def1("__getitem__", (self, key) -> {
            byte[] b = data(self);
            if (key instanceof PySlice s) {
                long[] r = s.indices(b.length);
                byte[] out = new byte[(int) r[3]];
                for (int k = 0, i = (int) r[0]; k < out.length; k++, i += (int) r[2]) {
                    out[k] = b[i];
                }
                return make(self, out);
            }
            long i = Protocols.indexValue(key, name);
            if (i < 0) {
                i += b.length;
            }
            if (i < 0 || i >= b.length) {
                throw Errors.indexError("index out of range");
            }
            return PyInt.of(b[(int) i] & 0xff);
        });
        t.def0("__iter__", self -> new Iterators.BytesIter(data(self)));
        t.def1("__mod__", (self, args) -> make(self, BytesFormatOperands.percent(data(self), args)));
        t.def1("__rmod__", (self, o) -> NI);
        t.def1("__contains__", (self, x) -> PyBool.of(find(data(self), needle(x), 0) >= 0));
        t.def1("__add__", (self, o) -> {
            byte[] b = bufferOf(o);
            if (b == null) {
                throw Errors.typeError("can't concat %s to %s", o.type().name(), self.type().name());
            }
            byte[] a = data(self);
            byte[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return make(self, out);
        });
        t.def1("__mul__", (self, n) -> repeat(self, n));
        t.def1("__rmul__", (self, n) -> repeat(self, n));
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> {
                byte[] b = bufferOf(o);
                return b == null ? NI : PyBool.of(op.test(Arrays.compareUnsigned(data(self), b)));
            });
        }
        t.defV("decode", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("decode", args, kw, new String[] {"encoding", "errors"}, 0);
            return PyStr.of(Codecs.decode(data(self), p[0] == null ? "utf-8" : p[0].toString(),
                    p[1] == null ? "strict" : p[1].toString()));
        });
        t.defV("hex", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("hex", args, kw, new String[] {"sep", "bytes_per_sep"}, 0);
            if (p[0] == null) {
                return PyStr.of(BytesHex.hex(data(self)));
            }
            String sep = p[0] instanceof PyStr ps ? ps.value() : new String(need(p[0]), StandardCharsets.ISO_8859_1);
            int per = p[1] == null ? 1 : (int) Protocols.index(p[1], null).longValue();
            return PyStr.of(BytesHex.hex(data(self), sep, per));
        });
        t.def3("find", 1, (self, x, a, b) -> PyInt.of(BytesSearch.find(data(self), needle(x), pos(a, 0), pos(b, END))));
        t.def3("rfind", 1, (self, x, a, b) -> PyInt.of(BytesSearch.rfind(data(self), needle(x), pos(a, 0), pos(b, END))));
        t.def3("index", 1, (self, x, a, b) -> PyInt.of(BytesSearch.index(data(self), needle(x), pos(a, 0), pos(b, END))));
        t.def3("rindex", 1, (self, x, a, b) -> PyInt.of(BytesSearch.rindex(data(self), needle(x), pos(a, 0), pos(b, END))));
        t.def3("count", 1, (self, x, a, b) -> PyInt.of(BytesSearch.count(data(self), needle(x), pos(a, 0), pos(b, END))));
        t.def3("startswith", 1, (self, x, a, b) -> PyBool.of(x instanceof PyTuple tup
                ? BytesSearch.startswith(data(self), needles(tup), pos(a, 0), pos(b, END))
                : BytesSearch.startswith(data(self), need(x), pos(a, 0), pos(b, END))));
        t.def3("endswith", 1, (self, x, a, b) -> PyBool.of(x instanceof PyTuple tup
                ? BytesSearch.endswith(data(self), needles(tup), pos(a, 0), pos(b, END))
                : BytesSearch.endswith(data(self), need(x), pos(a, 0), pos(b, END))));
        t.def1("removeprefix", (self, x) -> make(self, BytesSearch.removeprefix(data(self), need(x))));
        t.def1("removesuffix", (self, x) -> make(self, BytesSearch.removesuffix(data(self), need(x))));
        t.def1("join", (self, it) -> {
            PyObject[] parts = Protocols.toArray(it);
            java.util.List<byte[]> items = new java.util.ArrayList<>(parts.length);
            for (int i = 0; i < parts.length; i++) {
                byte[] b = bufferOf(parts[i]);
                if (b == null) {
                    throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i,
                            parts[i].type().name());
                }
                items.add(b);
            }
            return make(self, BytesSearch.join(data(self), items));
        });
        t.def0("upper", self -> make(self, BytesOps.upper(data(self))));
        t.def0("lower", self -> make(self, BytesOps.lower(data(self))));
        t.def0("swapcase", self -> make(self, BytesOps.swapcase(data(self))));
        t.def0("capitalize", self -> make(self, BytesOps.capitalize(data(self))));
        t.def0("title", self -> make(self, BytesOps.title(data(self))));
        t.def0("isalpha", self -> PyBool.of(BytesOps.isalpha(data(self))));
        t.def0("isalnum", self -> PyBool.of(BytesOps.isalnum(data(self))));
        t.def0("isdigit", self -> PyBool.of(BytesOps.isdigit(data(self))));
        t.def0("isspace", self -> PyBool.of(BytesOps.isspace(data(self))));
        t.def0("isascii", self -> PyBool.of(BytesOps.isascii(data(self))));
        t.def0("islower", self -> PyBool.of(BytesOps.islower(data(self))));
        t.def0("isupper", self -> PyBool.of(BytesOps.isupper(data(self))));
        t.def0("istitle", self -> PyBool.of(BytesOps.istitle(data(self))));
        t.def2("center", 1, (self, w, f) -> make(self, BytesOps.center(data(self), width(w), fill("center", f, self))));
        t.def2("ljust", 1, (self, w, f) -> make(self, BytesOps.ljust(data(self), width(w), fill("ljust", f, self))));
        t.def2("rjust", 1, (self, w, f) -> make(self, BytesOps.rjust(data(self), width(w), fill("rjust", f, self))));
        t.def1("zfill", (self, w) -> make(self, BytesOps.zfill(data(self), width(w))));
        t.defV("expandtabs", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("expandtabs", args, kw, new String[] {"tabsize"}, 0);
            return make(self, BytesOps.expandtabs(data(self), p[0] == null ? 8 : width(p[0])));
        });
        t.def1("strip", 0, (self, c) -> make(self, BytesOps.strip(data(self), chars(c))));
        t.def1("lstrip", 0, (self, c) -> make(self, BytesOps.lstrip(data(self), chars(c))));
        t.def1("rstrip", 0, (self, c) -> make(self, BytesOps.rstrip(data(self), chars(c))));
        t.defV("splitlines", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("splitlines", args, kw, new String[] {"keepends"}, 0);
            return list(self, BytesOps.splitlines(data(self), p[0] != null && dev.weft.runtime.ops.Ops.isTrue(p[0])));
        });
        t.def3("replace", 2, (self, old, nw, count) -> make(self, BytesSearch.replace(data(self), need(old), need(nw),
                count == null ? -1 : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, Protocols.index(count, null).longValue())))));
        t.defV("split", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("split", args, kw, new String[] {"sep", "maxsplit"}, 0);
            return list(self, BytesSearch.split(data(self), chars(p[0]), maxsplit(p[1])));
        });
        t.defV("rsplit", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("rsplit", args, kw, new String[] {"sep", "maxsplit"}, 0);
            return list(self, BytesSearch.rsplit(data(self), chars(p[0]), maxsplit(p[1])));
        });
        t.def1("partition", (self, sep) -> tuple3(self, BytesSearch.partition(data(self), need(sep))));
        t.def1("rpartition", (self, sep) -> tuple3(self, BytesSearch.rpartition(data(self), need(sep))));
        t.defV("translate", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("translate", args, kw, new String[] {"table", "delete"}, 1);
            byte[] table = p[0] == PyNone.NONE ? null : need(p[0]);
            return make(self, BytesOps.translate(data(self), table, p[1] == null ? new byte[0] : need(p[1])));
        });
        t.def("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", 2, 2, (Fn.F2) (self, cls, str) -> {
            if (!(str instanceof PyStr hex)) {
                throw Errors.typeError("fromhex() argument must be str, not %s", str.type().name());
            }
            byte[] out = BytesHex.fromhex(hex.value());
            if (cls == PyByteArray.TYPE) {
                return new PyByteArray(out);
            }
            return cls == PyBytes.TYPE ? PyBytes.of(out) : dev.weft.runtime.ops.Calls.call1(cls, PyBytes.of(out));
        })));
    }

    private static final int END = dev.weft.runtime.text.StrSearch.END;

    /** {@code self * n} and {@code n * self}. */
    private static PyObject repeat(PyObject self, PyObject n) {
        long k = SequenceMethods.repeatCount(n);
        byte[] a = data(self);
        if (a.length > 0 && k > (Integer.MAX_VALUE - 8) / a.length) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.MemoryError, "");
        }
        byte[] out = new byte[(int) Math.max(0, k) * a.length];
        for (int i = 0; i < out.length; i += a.length) {
            System.arraycopy(a, 0, out, i, a.length);
        }
        return make(self, out);
    }

    private static int pos(PyObject o, int dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        PyInt i = Protocols.index(o, "slice indices must be integers or None or have an __index__ method");
        if (!i.fitsLong()) {
            return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.longValue()));
    }

    private static byte[][] needles(PyTuple tup) {
        byte[][] out = new byte[tup.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = need(tup.get(i));
        }
        return out;
    }

    private static byte[] chars(PyObject c) {
        return c == null || c == PyNone.NONE ? null : need(c);
    }

    private static int width(PyObject w) {
        long v = Protocols.index(w, null).longValue();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE - 8, v));
    }

    private static int maxsplit(PyObject o) {
        if (o == null) {
            return -1;
        }
        long m = Protocols.index(o, null).longValue();
        return m < 0 || m > Integer.MAX_VALUE ? -1 : (int) m;
    }

    private static byte fill(String method, PyObject f, PyObject self) {
        if (f == null) {
            return ' ';
        }
        byte[] b = bufferOf(f);
        if (b == null) {
            throw Errors.typeError("%s() argument 2 must be a byte string of length 1, not %s", method, f.type().name());
        }
        return BytesOps.fillByte(method, b, self.type().name());
    }

    private static PyList list(PyObject self, java.util.List<byte[]> parts) {
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = make(self, parts.get(i));
        }
        return new PyList(out);
    }

    private static PyTuple tuple3(PyObject self, byte[][] parts) {
        return PyTuple.of(make(self, parts[0]), make(self, parts[1]), make(self, parts[2]));
    }

    static void define(PyType t) {
        defineCommon(t, "byte");
        t.defNew((cls, args, kw) -> {
            if (args.length == 1 && (kw == null || kw.length == 0) && !(args[0] instanceof PyStr)) {
                PyObject f = args[0].type().lookup("__bytes__");
                if (f != null) {
                    PyObject r = dev.weft.runtime.ops.Ops.callMethod(args[0], "__bytes__");
                    if (!(r instanceof PyBytes)) {
                        throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
                    }
                    return cls == PyBytes.TYPE ? r : new PyBytes.Sub(cls, ((PyBytes) r).bytes);
                }
            }
            byte[] b = construct(args, kw, "bytes");
            return cls == PyBytes.TYPE ? PyBytes.of(b) : new PyBytes.Sub(cls, b);
        });
        t.def0("__hash__", self -> PyInt.of(((PyBytes) self).pyHash()));
        t.def0("__repr__", self -> PyStr.of(BytesHex.repr(((PyBytes) self).bytes)));
        t.def0("__bytes__", self -> self);
    }

    static void defineByteArray(PyType t) {
        defineCommon(t, "bytearray");
        t.defNew((cls, args, kw) -> new PyByteArray(new byte[0]));
        t.defV("__init__", (self, args, kw) -> {
            ((PyByteArray) self).setAll(construct(args, kw, "bytearray"));
            return PyNone.NONE;
        });
        t.def("__hash__", PyNone.NONE);
        t.def0("__reduce__", self -> {
            PyDict d = self instanceof dev.weft.runtime.core.HasDict h ? h.instanceDict() : null;
            return PyTuple.of(self.type(), PyTuple.of(PyBytes.of(((PyByteArray) self).toByteArray())),
                    d == null || d.size() == 0 ? PyNone.NONE : d);
        });
        t.def0("__repr__", self -> {
            byte[] b = ((PyByteArray) self).toByteArray();
            return PyStr.of("bytearray(" + BytesHex.repr(b) + ")");
        });
        t.def2("__setitem__", (self, k, v) -> {
            if (k instanceof PySlice s) {
                ((PyByteArray) self).setSlice(s, ByteArrayMutation.assignedBytes(v));
                return PyNone.NONE;
            }
            ((PyByteArray) self).set(Protocols.indexValue(k, "bytearray"), ByteArrayMutation.byteValue(v));
            return PyNone.NONE;
        });
        ByteArrayMutation.define(t);
        t.def1("append", (self, v) -> {
            ((PyByteArray) self).append((int) Protocols.index(v, null).longValue());
            return PyNone.NONE;
        });
        t.def1("extend", (self, v) -> {
            ((PyByteArray) self).appendAll(PyBytes.fromBuffer(v).bytes);
            return PyNone.NONE;
        });
        t.def1("__iadd__", (self, v) -> {
            ((PyByteArray) self).appendAll(need(v));
            return self;
        });
    }
}

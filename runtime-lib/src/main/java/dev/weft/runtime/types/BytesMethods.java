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
            return new byte[] {(byte) i.longValue()};
        }
        return need(o);
    }

    static void defineCommon(PyType t, String name) {
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
        t.def1("__mul__", (self, n) -> {
            long k = SequenceMethods.repeatCount(n);
            byte[] a = data(self);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (long i = 0; i < k; i++) {
                out.write(a, 0, a.length);
            }
            return make(self, out.toByteArray());
        });
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
        t.def0("hex", self -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : data(self)) {
                sb.append(String.format("%02x", x & 0xff));
            }
            return PyStr.of(sb.toString());
        });
        t.def1("find", (self, x) -> PyInt.of(find(data(self), needle(x), 0)));
        t.def1("startswith", (self, x) -> {
            byte[] a = data(self), p = need(x);
            return PyBool.of(a.length >= p.length && Arrays.equals(a, 0, p.length, p, 0, p.length));
        });
        t.def1("endswith", (self, x) -> {
            byte[] a = data(self), p = need(x);
            return PyBool.of(a.length >= p.length && Arrays.equals(a, a.length - p.length, a.length, p, 0, p.length));
        });
        t.def1("join", (self, it) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PyObject[] parts = Protocols.toArray(it);
            byte[] sep = data(self);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.write(sep, 0, sep.length);
                }
                byte[] b = bufferOf(parts[i]);
                if (b == null) {
                    throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i,
                            parts[i].type().name());
                }
                out.write(b, 0, b.length);
            }
            return make(self, out.toByteArray());
        });
        t.def0("upper", self -> make(self, BytesOps.upper(data(self))));
        t.def0("lower", self -> make(self, BytesOps.lower(data(self))));
        t.def1("strip", 0, (self, c) -> make(self, BytesOps.strip(data(self), c == null || c == PyNone.NONE ? null : need(c))));
        t.def3("replace", 2, (self, old, nw, count) -> make(self, BytesSearch.replace(data(self), need(old), need(nw),
                count == null ? -1 : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, Protocols.index(count, null).longValue())))));
        t.defV("split", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("split", args, kw, new String[] {"sep", "maxsplit"}, 0);
            byte[] sep = p[0] == null || p[0] == PyNone.NONE ? null : need(p[0]);
            int max = p[1] == null ? -1 : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, Protocols.index(p[1], null).longValue()));
            java.util.List<byte[]> parts = BytesSearch.split(data(self), sep, max);
            PyObject[] out = new PyObject[parts.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = make(self, parts.get(i));
            }
            return new PyList(out);
        });
        t.def("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", 2, 2, (Fn.F2) (self, cls, s) -> {
            String h = s.toString().replace(" ", "");
            if (h.length() % 2 != 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", h.length());
            }
            byte[] out = new byte[h.length() / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(h.charAt(2 * i), 16), lo = Character.digit(h.charAt(2 * i + 1), 16);
                if (hi < 0 || lo < 0) {
                    throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", 2 * i + (hi < 0 ? 0 : 1));
                }
                out[i] = (byte) (hi * 16 + lo);
            }
            return cls == PyByteArray.TYPE ? new PyByteArray(out) : PyBytes.of(out);
        })));
    }

    private static boolean contains(byte[] set, byte b) {
        for (byte x : set) {
            if (x == b) {
                return true;
            }
        }
        return false;
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
        t.def0("__repr__", self -> PyStr.of(PyBytes.repr(((PyBytes) self).bytes, ((PyBytes) self).bytes.length)));
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
        t.def0("__repr__", self -> {
            byte[] b = ((PyByteArray) self).toByteArray();
            return PyStr.of("bytearray(" + PyBytes.repr(b, b.length) + ")");
        });
        t.def2("__setitem__", (self, k, v) -> {
            ((PyByteArray) self).set(Protocols.indexValue(k, "bytearray"), (int) Protocols.index(v, null).longValue());
            return PyNone.NONE;
        });
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

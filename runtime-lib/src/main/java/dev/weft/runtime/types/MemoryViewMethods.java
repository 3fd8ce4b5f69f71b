package dev.weft.runtime.types;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.text.BytesHex;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The methods of {@code memoryview}: items are packed and unpacked as struct's native formats. */
final class MemoryViewMethods {
    private MemoryViewMethods() { }

    private static final String FORMATS = "BbchHiIlLqQnNfd?";

    static int itemSize(char f) {
        switch (f) {
            case 'B': case 'b': case 'c': case '?': return 1;
            case 'h': case 'H': return 2;
            case 'i': case 'I': case 'f': return 4;
            default: return 8;
        }
    }

    private static PyMemoryView mv(PyObject o) {
        PyMemoryView m = (PyMemoryView) o;
        m.checkReleased();
        return m;
    }

    static PyObject unpack(char f, byte[] b) {
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
        switch (f) {
            case 'B': return PyInt.of(b[0] & 0xff);
            case 'b': return PyInt.of(b[0]);
            case 'c': return PyBytes.of(new byte[] {b[0]});
            case '?': return PyBool.of(b[0] != 0);
            case 'h': return PyInt.of(bb.getShort());
            case 'H': return PyInt.of(bb.getShort() & 0xffff);
            case 'i': return PyInt.of(bb.getInt());
            case 'I': return PyInt.of(bb.getInt() & 0xffffffffL);
            case 'f': return PyFloat.of(bb.getFloat());
            case 'd': return PyFloat.of(bb.getDouble());
            case 'Q': case 'L': case 'N': {
                long v = bb.getLong();
                return v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            default: return PyInt.of(bb.getLong());
        }
    }

    static byte[] pack(char f, PyObject v) {
        ByteBuffer bb = ByteBuffer.allocate(itemSize(f)).order(ByteOrder.nativeOrder());
        if (f == 'c') {
            if (!(v instanceof PyBytes b) || b.bytes.length != 1) {
                throw Errors.valueError("memoryview: invalid value for format 'c'");
            }
            return b.bytes.clone();
        }
        if (f == 'f' || f == 'd') {
            if (!(v instanceof PyFloat) && !(v instanceof PyInt)) {
                throw Errors.typeError("memoryview: invalid type for format '%s'", f);
            }
            double d = v instanceof PyFloat pf ? pf.value : ((PyInt) v).bigValue().doubleValue();
            return f == 'f' ? bb.putFloat((float) d).array() : bb.putDouble(d).array();
        }
        if (f == '?') {
            return new byte[] {(byte) (Ops.isTrue(v) ? 1 : 0)};
        }
        if (!(v instanceof PyInt)) {
            throw Errors.typeError("memoryview: invalid type for format '%s'", f);
        }
        PyInt i = (PyInt) v;
        int bits = itemSize(f) * 8;
        boolean signed = Character.isLowerCase(f);
        java.math.BigInteger x = i.bigValue();
        java.math.BigInteger min = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger max = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE)
                : java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE);
        if (x.compareTo(min) < 0 || x.compareTo(max) > 0) {
            throw Errors.valueError("memoryview: invalid value for format '%s'", f);
        }
        long l = x.longValue();
        switch (itemSize(f)) {
            case 1: return new byte[] {(byte) l};
            case 2: return bb.putShort((short) l).array();
            case 4: return bb.putInt((int) l).array();
            default: return bb.putLong(l).array();
        }
    }

    private static int index(PyMemoryView m, PyObject key) {
        long i = Protocols.index(key, "memoryview: invalid slice key").longValue();
        if (i < 0) {
            i += m.length;
        }
        if (i < 0 || i >= m.length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    static PyList toList(PyMemoryView m) {
        PyObject[] items = new PyObject[m.length];
        for (int i = 0; i < m.length; i++) {
            items[i] = unpack(m.format, m.itemBytes(i));
        }
        return new PyList(items);
    }

    /** The items of a bytes-like object as a memoryview would list them, or null if it is not one. */
    private static PyList itemsOf(PyObject o) {
        if (o instanceof PyMemoryView m) {
            return m.isReleased() ? null : toList(m);
        }
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return toList(PyMemoryView.of(o));
        }
        return null;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyObject[] a = ArgParse.parse("memoryview", args, kw, new String[] {"object"}, 1);
            return PyMemoryView.of(a[0]);
        });
        t.def0("__len__", s -> PyInt.of(mv(s).length));
        t.def1("__getitem__", (s, key) -> {
            PyMemoryView m = mv(s);
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(m.length);
                return m.derive(m.offset + (int) r[0] * m.stride, m.stride * (int) r[2], (int) r[3], m.format);
            }
            if (key == PySingleton.ELLIPSIS) {
                return s;
            }
            if (key instanceof PyTuple) {
                throw Errors.typeError("memoryview: invalid slice key");
            }
            return unpack(m.format, m.itemBytes(index(m, key)));
        });
        t.def2("__setitem__", (s, key, value) -> {
            PyMemoryView m = mv(s);
            if (m.readonly) {
                throw Errors.typeError("cannot modify read-only memory");
            }
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(m.length);
                PyMemoryView src = PyMemoryView.of(value);
                if (src.length != r[3] || src.format != m.format) {
                    throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                byte[] data = src.toBytes();
                for (int k = 0; k < r[3]; k++) {
                    int base = m.offset + (int) (r[0] + k * r[2]) * m.stride;
                    for (int j = 0; j < m.itemsize; j++) {
                        m.setByte(base + j, data[k * m.itemsize + j] & 0xff);
                    }
                }
                src.release();
                return PyNone.NONE;
            }
            byte[] b = pack(m.format, value);
            int base = m.offset + index(m, key) * m.stride;
            for (int j = 0; j < b.length; j++) {
                m.setByte(base + j, b[j] & 0xff);
            }
            return PyNone.NONE;
        });
        t.def1("tobytes", 0, (s, order) -> PyBytes.of(mv(s).toBytes()));
        t.def0("tolist", s -> toList(mv(s)));
        t.def0("toreadonly", s -> mv(s).asReadonly());
        t.defV("hex", (s, args, kw) -> {
            PyObject[] p = ArgParse.parse("hex", args, kw, new String[] {"sep", "bytes_per_sep"}, 0);
            byte[] data = mv(s).toBytes();
            if (p[0] == null) {
                return PyStr.of(BytesHex.hex(data));
            }
            String sep = p[0] instanceof PyStr ps ? ps.value() : new String(PyBytes.fromBuffer(p[0]).bytes,
                    StandardCharsets.ISO_8859_1);
            int per = p[1] == null ? 1 : (int) Protocols.index(p[1], null).longValue();
            return PyStr.of(BytesHex.hex(data, sep, per));
        });
        t.def0("release", s -> {
            ((PyMemoryView) s).release();
            return PyNone.NONE;
        });
        t.def0("__enter__", s -> {
            mv(s).enter();
            return s;
        });
        t.defV("__exit__", (s, args, kw) -> {
            ((PyMemoryView) s).release();
            return PyNone.NONE;
        });
        t.def2("cast", 1, (s, f, shape) -> cast(mv(s), f, shape));
        t.def0("__iter__", s -> Protocols.iter(toList(mv(s))));
        t.defGetSet("obj", s -> mv(s).obj, null);
        t.defGetSet("nbytes", s -> PyInt.of((long) mv(s).length * mv(s).itemsize), null);
        t.defGetSet("readonly", s -> PyBool.of(mv(s).readonly), null);
        t.defGetSet("itemsize", s -> PyInt.of(mv(s).itemsize), null);
        t.defGetSet("format", s -> PyStr.of(String.valueOf(mv(s).format)), null);
        t.defGetSet("ndim", s -> PyInt.of(1), null);
        t.defGetSet("shape", s -> PyTuple.of(PyInt.of(mv(s).length)), null);
        t.defGetSet("strides", s -> PyTuple.of(PyInt.of(mv(s).stride)), null);
        t.defGetSet("suboffsets", s -> PyTuple.of(), null);
        t.defGetSet("c_contiguous", s -> PyBool.of(mv(s).contiguous()), null);
        t.defGetSet("f_contiguous", s -> PyBool.of(mv(s).contiguous()), null);
        t.defGetSet("contiguous", s -> PyBool.of(mv(s).contiguous()), null);
        t.def1("__eq__", (s, o) -> equality(s, o, true));
        t.def1("__ne__", (s, o) -> equality(s, o, false));
        t.def0("__hash__", s -> {
            PyMemoryView m = mv(s);
            if (!m.readonly) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            if ("Bbc".indexOf(m.format) < 0) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            return PyInt.of(Ops.hash(PyBytes.of(m.toBytes())));
        });
        t.def0("__repr__", s -> PyStr.of((((PyMemoryView) s).isReleased() ? "<released memory at 0x" : "<memory at 0x")
                + Long.toHexString(Ops.identityHash(s)) + ">"));
    }

    private static PyObject equality(PyObject s, PyObject o, boolean eq) {
        PyMemoryView m = (PyMemoryView) s;
        if (s == o) {
            return PyBool.of(eq);
        }
        if (m.isReleased() || o instanceof PyMemoryView om && om.isReleased()) {
            return PyBool.of(!eq);
        }
        PyList other = itemsOf(o);
        if (other == null) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        boolean same = Ops.eqBool(toList(m), other);
        return PyBool.of(eq == same);
    }

    private static PyObject cast(PyMemoryView m, PyObject f, PyObject shape) {
        if (!(f instanceof PyStr fs)) {
            throw Errors.typeError("memoryview: format argument must be a string");
        }
        String spec = fs.value().startsWith("@") ? fs.value().substring(1) : fs.value();
        if (spec.length() != 1 || FORMATS.indexOf(spec.charAt(0)) < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        char to = spec.charAt(0);
        if (!m.contiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ("Bbc".indexOf(to) < 0 && "Bbc".indexOf(m.format) < 0) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = m.length * m.itemsize;
        int size = itemSize(to);
        if (nbytes % size != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (shape != null && shape != PyNone.NONE) {
            PyObject[] dims = Protocols.toArray(shape);
            if (dims.length != 1) {
                throw Errors.make(ExceptionTypes.NotImplementedError,
                        "memoryview.cast() to %d dimensions is not supported by weft", dims.length);
            }
            if (Protocols.index(dims[0], null).longValue() * size != nbytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return m.derive(m.offset, size, nbytes / size, to);
    }
}

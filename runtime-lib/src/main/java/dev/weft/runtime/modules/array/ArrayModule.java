package dev.weft.runtime.modules.array;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.Buffers;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** {@code array}: the {@code array} type of typed, compact sequences, as CPython's C module. */
public final class ArrayModule {
    private ArrayModule() { }

    public static final PyType TYPE = ModuleTypes.type("array", "array", PyArray.class, null, true,
            ArrayModule::define);
    private static volatile PyModule module;

    public static synchronized PyModule create() {
        if (module == null) {
            PyModule m = ModuleTypes.module("array", "This module defines an object type which can efficiently "
                    + "represent\nan array of basic values: characters, integers, floating-point\nnumbers.");
            m.put("array", TYPE);
            m.put("ArrayType", TYPE);
            m.put("typecodes", PyStr.of(TypeCode.ALL));
            module = m;
        }
        return module;
    }

    private static PyArray self(PyObject o) {
        return (PyArray) o;
    }

    static PyArray newArray(PyType cls, TypeCode code) {
        return new PyArray(cls, code);
    }

    private static PyObject construct(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0 && cls == TYPE) {
            throw Errors.typeError("array.array() takes no keyword arguments");
        }
        if (args.length < 1) {
            throw Errors.typeError("array() takes at least 1 argument (0 given)");
        }
        if (args.length > 2) {
            throw Errors.typeError("array() takes at most 2 arguments (%d given)", args.length);
        }
        if (!(args[0] instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
            String what = args[0] instanceof PyStr ? "str" : args[0].type().name();
            throw Errors.typeError("array() argument 1 must be a unicode character, not %s", what);
        }
        TypeCode code = TypeCode.of(s.value().charAt(0));
        PyArray a = new PyArray(cls, code);
        if (args.length == 2) {
            PyObject init = args[1];
            if (init instanceof PyStr str) {
                if (!code.isUnicode()) {
                    throw Errors.typeError("cannot use a str to initialize an array with typecode '%c'", code.code);
                }
                a.appendBits(a.bitsOf(chars(str.value())));
            } else if (init instanceof PyBytes || init instanceof PyByteArray) {
                a.appendBytes(Buffers.bytes(init));
            } else if (init instanceof PyArray other && other.code.isUnicode() && !code.isUnicode()) {
                throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '%c'",
                        code.code);
            } else {
                a.appendBits(a.bitsOf(Protocols.toArray(init)));
            }
        }
        return a;
    }

    private static PyObject[] chars(String s) {
        return s.codePoints().mapToObj(cp -> (PyObject) PyStr.of(new String(Character.toChars(cp))))
                .toArray(PyObject[]::new);
    }

    private static long index(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("array indices must be integers");
        }
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    private static PyArray requireArray(PyObject o, String fmt) {
        if (!(o instanceof PyArray a)) {
            throw Errors.typeError(fmt, o.type().name());
        }
        return a;
    }

    private static String repr(PyArray a) {
        int n = a.length();
        String tc = String.valueOf(a.code.code);
        String name = a.type().name();
        if (n == 0) {
            return name + "('" + tc + "')";
        }
        if (a.code.isUnicode()) {
            StringBuilder sb = new StringBuilder();
            for (PyObject c : a.items()) {
                sb.append(((PyStr) c).value());
            }
            return name + "('" + tc + "', " + Ops.reprString(PyStr.of(sb.toString())) + ")";
        }
        return name + "('" + tc + "', " + Ops.reprString(new PyList(a.items())) + ")";
    }

    private static PyObject compare(PyObject s, PyObject o, CmpOp op) {
        if (!(o instanceof PyArray other)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        PyArray a = self(s);
        if ((op == CmpOp.EQ || op == CmpOp.NE) && a.length() != other.length()) {
            return PyBool.of(op == CmpOp.NE);
        }
        return Ops.richCompare(PyTuple.of(a.items()), PyTuple.of(other.items()), op);
    }

    private static PyArray concat(PyArray a, PyObject o) {
        if (!(o instanceof PyArray b)) {
            throw Errors.typeError("can only append array (not \"%s\") to array", o.type().name());
        }
        if (b.code != a.code) {
            throw Errors.typeError("bad argument type for built-in operation");
        }
        PyArray r = new PyArray(TYPE, a.code);
        r.appendBytes(a.toBytes());
        r.appendBytes(b.toBytes());
        return r;
    }

    private static void extend(PyArray a, PyObject o) {
        if (o instanceof PyArray b) {
            if (b.code != a.code) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            a.appendBytes(b.toBytes());
        } else {
            a.appendBits(a.bitsOf(Protocols.toArray(o)));
        }
    }

    private static PyArray repeat(PyArray a, PyObject n) {
        long times = Math.max(0, Protocols.index(n, null).longValue());
        byte[] one = a.toBytes();
        if (one.length * times > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        byte[] all = new byte[(int) (one.length * times)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(one, 0, all, k * one.length, one.length);
        }
        PyArray r = new PyArray(TYPE, a.code);
        r.appendBytes(all);
        return r;
    }

    private static PyObject getItem(PyArray a, PyObject key) {
        if (key instanceof PySlice sl) {
            long[] ix = sl.indices(a.length());
            PyArray r = new PyArray(TYPE, a.code);
            PyObject[] items = a.items();
            PyObject[] picked = new PyObject[(int) ix[3]];
            for (int k = 0; k < ix[3]; k++) {
                picked[k] = items[(int) (ix[0] + k * ix[2])];
            }
            r.appendBits(r.bitsOf(picked));
            return r;
        }
        long i = index(key);
        PyObject item = a.get(i < 0 ? i + a.length() : i);
        if (item == null) {
            throw Errors.indexError("array index out of range");
        }
        return item;
    }

    private static void setItem(PyArray a, PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            if (!(value instanceof PyArray v)) {
                throw Errors.typeError("can only assign array (not \"%s\") to array slice", value.type().name());
            }
            if (v.code != a.code) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            long[] ix = sl.indices(a.length());
            byte[] src = v.toBytes();
            if (ix[2] == 1) {
                a.replace((int) ix[0], (int) Math.max(ix[0], ix[1]), src);
                return;
            }
            int n = src.length / a.code.size;
            if (n != ix[3]) {
                throw Errors.valueError("attempt to assign array of size %d to extended slice of size %d", n, ix[3]);
            }
            int[] indices = new int[n];
            for (int k = 0; k < n; k++) {
                indices[k] = (int) (ix[0] + k * ix[2]);
            }
            a.setAll(indices, a.bitsOf(v.items()));
            return;
        }
        long i = index(key);
        long bits = a.code.toBits(value);
        if (!a.set(i < 0 ? i + a.length() : i, bits)) {
            throw Errors.indexError("array assignment index out of range");
        }
    }

    private static void delItem(PyArray a, PyObject key) {
        if (key instanceof PySlice sl) {
            long[] ix = sl.indices(a.length());
            int[] indices = new int[(int) ix[3]];
            for (int k = 0; k < ix[3]; k++) {
                indices[k] = (int) (ix[0] + k * ix[2]);
            }
            java.util.Arrays.sort(indices);
            a.deleteIndices(indices);
            return;
        }
        long i = index(key);
        long n = a.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("array assignment index out of range");
        }
        a.deleteAt((int) i);
    }

    private static int find(PyArray a, PyObject x, long start, long stop) {
        PyObject[] items = a.items();
        long n = items.length;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (long k = start; k < Math.min(stop, n); k++) {
            if (Ops.eqBool(items[(int) k], x)) {
                return (int) k;
            }
        }
        return -1;
    }

    private static void define(PyType t) {
        t.defNew(ArrayModule::construct);
        t.def("__hash__", PyNone.NONE);
        t.def("__class_getitem__", ModuleTypes.classGetItem());
        t.defGetSet("typecode", s -> PyStr.of(String.valueOf(self(s).code.code)), null);
        t.defGetSet("itemsize", s -> PyInt.of(self(s).code.size), null);
        t.def0("__len__", s -> PyInt.of(self(s).length()));
        t.def0("__repr__", s -> PyStr.of(repr(self(s))));
        t.def1("__getitem__", (s, k) -> getItem(self(s), k));
        t.def2("__setitem__", (s, k, v) -> {
            setItem(self(s), k, v);
            return PyNone.NONE;
        });
        t.def1("__delitem__", (s, k) -> {
            delItem(self(s), k);
            return PyNone.NONE;
        });
        t.def1("__contains__", (s, x) -> PyBool.of(find(self(s), x, 0, Long.MAX_VALUE) >= 0));
        t.def0("__iter__", s -> new ArrayIterator(self(s)));
        t.def1("__add__", (s, o) -> concat(self(s), o));
        t.def1("__iadd__", (s, o) -> {
            if (!(o instanceof PyArray)) {
                throw Errors.typeError("can only extend array with array (not \"%s\")", o.type().name());
            }
            extend(self(s), o);
            return s;
        });
        t.def1("__mul__", (s, n) -> repeat(self(s), n));
        t.def1("__rmul__", (s, n) -> repeat(self(s), n));
        t.def1("__imul__", (s, n) -> {
            PyArray r = repeat(self(s), n);
            self(s).setBytes(r.toBytes());
            return s;
        });
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (s, o) -> compare(s, o, op));
        }
        t.def1("append", (s, x) -> {
            self(s).appendBits(new long[] {self(s).code.toBits(x)});
            return PyNone.NONE;
        });
        t.def1("extend", (s, x) -> {
            extend(self(s), x);
            return PyNone.NONE;
        });
        t.def2("insert", (s, i, x) -> {
            long bits = self(s).code.toBits(x);
            self(s).insert(Protocols.index(i, null).longValue(), bits);
            return PyNone.NONE;
        });
        t.def1("pop", 0, (s, i) -> self(s).pop(i == null ? -1 : Protocols.index(i, null).longValue()));
        t.def1("remove", (s, x) -> {
            int at = find(self(s), x, 0, Long.MAX_VALUE);
            if (at < 0) {
                throw Errors.valueError("array.remove(x): x not in array");
            }
            self(s).deleteAt(at);
            return PyNone.NONE;
        });
        t.def3("index", 1, (s, x, start, stop) -> {
            long from = start == null ? 0 : Protocols.index(start, null).longValue();
            long to = stop == null ? Long.MAX_VALUE : Protocols.index(stop, null).longValue();
            int at = find(self(s), x, from, to);
            if (at < 0) {
                throw Errors.valueError("array.index(x): x not in array");
            }
            return PyInt.of(at);
        });
        t.def1("count", (s, x) -> {
            long n = 0;
            for (PyObject item : self(s).items()) {
                if (Ops.eqBool(item, x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.def0("reverse", s -> {
            self(s).reverse();
            return PyNone.NONE;
        });
        t.def0("byteswap", s -> {
            self(s).byteswap();
            return PyNone.NONE;
        });
        t.def0("buffer_info", s -> PyTuple.of(PyInt.of(System.identityHashCode(s)), PyInt.of(self(s).length())));
        t.def0("tobytes", s -> PyBytes.of(self(s).toBytes()));
        t.def1("frombytes", (s, b) -> {
            self(s).appendBytes(Buffers.bytes(b));
            return PyNone.NONE;
        });
        t.def0("tolist", s -> new PyList(self(s).items()));
        t.def1("fromlist", (s, l) -> {
            if (!(l instanceof PyList list)) {
                throw Errors.typeError("arg must be list");
            }
            PyArray a = self(s);
            a.appendBits(a.bitsOf(Protocols.toArray(list)));
            return PyNone.NONE;
        });
        t.def0("tounicode", s -> {
            PyArray a = self(s);
            if (!a.code.isUnicode()) {
                throw Errors.valueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
            }
            StringBuilder sb = new StringBuilder();
            for (PyObject c : a.items()) {
                sb.append(((PyStr) c).value());
            }
            return PyStr.of(sb.toString());
        });
        t.def1("fromunicode", (s, u) -> {
            PyArray a = self(s);
            if (!(u instanceof PyStr str)) {
                throw Errors.typeError("fromunicode() argument must be str, not %s", u.type().name());
            }
            if (!a.code.isUnicode()) {
                throw Errors.valueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
            }
            a.appendBits(a.bitsOf(chars(str.value())));
            return PyNone.NONE;
        });
        t.def0("__copy__", s -> copy(self(s)));
        t.def1("__deepcopy__", (s, memo) -> copy(self(s)));
    }

    private static PyArray copy(PyArray a) {
        PyArray r = new PyArray(TYPE, a.code);
        r.appendBytes(a.toBytes());
        return r;
    }

    /** Iterates over an array live (items appended during iteration are seen), as CPython's arrayiterator. */
    static final class ArrayIterator extends PyIterator {
        static final PyType ITER_TYPE = PyIterator.newType("arrayiterator");
        private final PyArray array;
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();

        ArrayIterator(PyArray array) {
            super(ITER_TYPE);
            this.array = array;
        }

        private volatile boolean exhausted;

        @Override
        public PyObject next() {
            if (exhausted) {
                return null;
            }
            PyObject item = array.get(next.getAndIncrement());
            if (item == null) {
                exhausted = true;
            }
            return item;
        }
    }
}

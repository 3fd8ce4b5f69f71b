package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;

/** Iterators over the builtin containers. All are safe under concurrent mutation of the container. */
public final class Iterators {
    private Iterators() { }

    public static final PyType LIST_ITER = PyIterator.newType("list_iterator");
    public static final PyType LIST_REVITER = PyIterator.newType("list_reverseiterator");
    public static final PyType TUPLE_ITER = PyIterator.newType("tuple_iterator");
    public static final PyType STR_ITER = PyIterator.newType("str_ascii_iterator");
    public static final PyType RANGE_ITER = PyIterator.newType("range_iterator");
    public static final PyType DICT_KEY_ITER = PyIterator.newType("dict_keyiterator");
    public static final PyType DICT_VALUE_ITER = PyIterator.newType("dict_valueiterator");
    public static final PyType DICT_ITEM_ITER = PyIterator.newType("dict_itemiterator");
    public static final PyType SET_ITER = PyIterator.newType("set_iterator");
    public static final PyType SEQ_ITER = PyIterator.newType("iterator");
    public static final PyType CALLABLE_ITER = PyIterator.newType("callable_iterator");
    public static final PyType BYTES_ITER = PyIterator.newType("bytes_iterator");

    /** Iterates a list by index, re-reading the list each step (like CPython). */
    public static final class ListIter extends PyIterator implements PyIterator.Sized {
        private final PyList list;
        private int i;

        public ListIter(PyList list) {
            super(LIST_ITER);
            this.list = list;
        }

        @Override
        public PyObject next() {
            if (i < 0) {
                return null;
            }
            PyObject r = list.getOrNull(i);
            if (r == null) {
                i = -1;
                return null;
            }
            i++;
            return r;
        }

        @Override
        public long remaining() {
            return i < 0 ? 0 : Math.max(0, list.size() - i);
        }
    }

    public static final class ListRevIter extends PyIterator {
        private final PyList list;
        private int i;

        public ListRevIter(PyList list) {
            super(LIST_REVITER);
            this.list = list;
            this.i = list.size() - 1;
        }

        @Override
        public PyObject next() {
            if (i < 0) {
                return null;
            }
            PyObject r = list.getOrNull(i);
            i--;
            if (r == null) {
                i = -1;
            }
            return r;
        }
    }

    public static final class ArrayIter extends PyIterator implements PyIterator.Sized {
        private final PyObject[] items;
        private int i;

        public ArrayIter(PyType type, PyObject[] items) {
            super(type);
            this.items = items;
        }

        @Override
        public PyObject next() {
            int k = i;
            if (k >= items.length) {
                return null;
            }
            i = k + 1;
            return items[k];
        }

        @Override
        public long remaining() {
            return Math.max(0, items.length - i);
        }
    }

    public static final class StrIter extends PyIterator {
        private final String s;
        private int pos;

        public StrIter(PyStr s) {
            super(STR_ITER);
            this.s = s.value;
        }

        @Override
        public PyObject next() {
            String v = s;
            int p = pos;
            if (p >= v.length()) {
                return null;
            }
            char c = v.charAt(p);
            if (Character.isHighSurrogate(c) && p + 1 < v.length() && Character.isLowSurrogate(v.charAt(p + 1))) {
                pos = p + 2;
                return PyStr.ofCodePoint(Character.toCodePoint(c, v.charAt(p + 1)));
            }
            pos = p + 1;
            return PyStr.ofChar(c);
        }
    }

    public static final class BytesIter extends PyIterator {
        private final byte[] b;
        private int pos;

        public BytesIter(byte[] b) {
            super(BYTES_ITER);
            this.b = b;
        }

        @Override
        public PyObject next() {
            return pos < b.length ? PyInt.of(b[pos++] & 0xff) : null;
        }
    }

    public static final class RangeIter extends PyIterator implements PyIterator.Sized {
        private long next;
        private final long step;
        private long remaining;

        public RangeIter(long start, long step, long length) {
            super(RANGE_ITER);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long r = next;
            next += step;
            return PyInt.of(r);
        }

        @Override
        public long remaining() {
            return remaining;
        }
    }

    /** Big ranges (bounds beyond long): BigInteger arithmetic through PyInt. */
    public static final class BigRangeIter extends PyIterator {
        private PyInt next;
        private final PyInt step;
        private PyInt remaining;

        public BigRangeIter(PyInt start, PyInt step, PyInt length) {
            super(RANGE_ITER);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyObject next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = IntMath.sub(remaining, PyInt.ONE);
            PyInt r = next;
            next = IntMath.add(next, step);
            return r;
        }
    }

    /** Kinds of dict iteration. */
    public enum DictKind { KEYS, VALUES, ITEMS }

    public static final class DictIter extends PyIterator {
        private final PyDict dict;
        private final DictKind kind;
        private final int expectedSize;
        private int pos;
        private boolean done;

        public DictIter(PyDict dict, DictKind kind) {
            super(kind == DictKind.KEYS ? DICT_KEY_ITER : kind == DictKind.VALUES ? DICT_VALUE_ITER : DICT_ITEM_ITER);
            this.dict = dict;
            this.kind = kind;
            this.expectedSize = dict.size();
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            PyObject[] kv = new PyObject[2]; // per call: an iterator may be shared by threads
            int next = dict.entryFrom(pos, expectedSize, kv);
            if (next < 0) {
                done = true;
                return null;
            }
            pos = next;
            PyObject k = kv[0], v = kv[1];
            switch (kind) {
                case KEYS: return k;
                case VALUES: return v;
                default: return PyTuple.of(k, v);
            }
        }
    }

    /** Iterates a snapshot of a set; raises if the set's size changed, as CPython does. */
    public static final class SetIter extends PyIterator {
        private final PySet set;
        private final PyObject[] items;
        private int i;

        public SetIter(PySet set) {
            super(SET_ITER);
            this.set = set;
            this.items = set.toArray();
        }

        @Override
        public PyObject next() {
            if (i < 0) {
                return null;
            }
            if (set.size() != items.length) {
                i = -1;
                throw dev.weft.runtime.exc.Errors.runtimeError("Set changed size during iteration");
            }
            if (i >= items.length) {
                i = -1;
                return null;
            }
            return items[i++];
        }
    }

    /** {@code iter(obj)} for objects with {@code __getitem__} only: stops at IndexError. */
    public static final class SeqIter extends PyIterator {
        private final PyObject seq;
        private long i;
        private boolean done;

        public SeqIter(PyObject seq) {
            super(SEQ_ITER);
            this.seq = seq;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            try {
                return Protocols.getItem(seq, PyInt.of(i++));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.IndexError) || e.matches(ExceptionTypes.StopIteration)) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }

    /** {@code iter(callable, sentinel)}. */
    public static final class CallableIter extends PyIterator {
        private final PyObject callable;
        private final PyObject sentinel;
        private boolean done;

        public CallableIter(PyObject callable, PyObject sentinel) {
            super(CALLABLE_ITER);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            PyObject r;
            try {
                r = Calls.call0(callable);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.StopIteration)) {
                    done = true;
                    return null;
                }
                throw e;
            }
            if (Ops.eqBool(r, sentinel)) {
                done = true;
                return null;
            }
            return r;
        }
    }
}

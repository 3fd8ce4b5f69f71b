package dev.weft.runtime.modules.heapq;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code heapq} and its accelerator {@code _heapq}. nlargest, nsmallest and merge follow
 * Lib/heapq.py step by step (decorated tuples, the same comparisons, so the same stable
 * results with keys and ties).
 */
public final class HeapqModule {
    private HeapqModule() { }

    private static volatile PyModule heapq;
    private static volatile PyModule accelerator;

    public static synchronized PyModule create() {
        if (heapq == null) {
            PyModule m = new PyModule("heapq");
            addAccelerated(m);
            m.put("nlargest", selector("nlargest", true));
            m.put("nsmallest", selector("nsmallest", false));
            m.put("merge", new dev.weft.runtime.call.PyBuiltinFunction("merge", m, HeapqModule::merge));
            ModuleDefs.putAll(m, "heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
                    "heappushpop");
            heapq = m;
        }
        return heapq;
    }

    public static synchronized PyModule createAccelerator() {
        if (accelerator == null) {
            PyModule m = new PyModule("_heapq");
            addAccelerated(m);
            accelerator = m;
        }
        return accelerator;
    }

    private static void addAccelerated(PyModule m) {
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_heapq");
        f.f2("heappush", 2, (self, heap, item) -> {
            HeapOps.push(HeapOps.list(heap, "heappush", 1), item);
            return PyNone.NONE;
        });
        f.f1("heappop", (self, heap) -> HeapOps.pop(HeapOps.list(heap, "heappop", 0), false));
        f.f2("heapreplace", 2, (self, heap, item) -> HeapOps.replace(HeapOps.list(heap, "heapreplace", 1), item, false));
        f.f2("heappushpop", 2, (self, heap, item) -> HeapOps.pushPop(HeapOps.list(heap, "heappushpop", 1), item));
        f.f1("heapify", (self, heap) -> {
            HeapOps.heapify(HeapOps.list(heap, "heapify", 0), false);
            return PyNone.NONE;
        });
        f.f1("_heapify_max", (self, heap) -> {
            HeapOps.heapify(HeapOps.list(heap, "_heapify_max", 0), true);
            return PyNone.NONE;
        });
        f.f1("_heappop_max", (self, heap) -> HeapOps.pop(HeapOps.list(heap, "_heappop_max", 0), true));
        f.f2("_heapreplace_max", 2, (self, heap, item) -> HeapOps.replace(HeapOps.list(heap, "_heapreplace_max", 1), item, true));
    }

    // ---- nlargest / nsmallest ----

    /** nlargest/nsmallest as Python functions {@code (n, iterable, key=None)} (their argument errors are Python's). */
    private static PyObject selector(String name, boolean largest) {
        String[] params = {"n", "iterable", "key"};
        dev.weft.runtime.call.CodeInfo code = new dev.weft.runtime.call.CodeInfo(name, name, "<heapq>", 1, 3, 0, 0,
                params, 0);
        dev.weft.runtime.types.PyDict globals = new dev.weft.runtime.types.PyDict();
        globals.setItem(dev.weft.runtime.types.PyStr.intern("__name__"), dev.weft.runtime.types.PyStr.intern("heapq"));
        return new dev.weft.runtime.call.PyFunction(code, (fn, f) -> select(f, largest), globals,
                new PyObject[] {PyNone.NONE}, null, null);
    }

    private static PyObject select(PyObject[] a, boolean largest) {
        PyObject key = a[2] == null ? PyNone.NONE : a[2];
        PyObject n = a[0];
        PyObject iterable = a[1];
        if (Ops.eqBool(n, PyInt.ONE)) {
            PyObject sentinel = new dev.weft.runtime.core.PyInstance(PyType.OBJECT);
            PyObject r = Calls.call(BuiltinsModule.lookup(largest ? "max" : "min"),
                    new PyObject[] {Protocols.iter(iterable), sentinel, key}, new String[] {"default", "key"});
            return r == sentinel ? new PyList() : PyList.of(r);
        }
        Integer size = null;
        try {
            size = Protocols.len(iterable);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.TypeError) && !e.matches(ExceptionTypes.AttributeError)) {
                throw e;
            }
        }
        if (size != null && Ops.isTrue(Ops.ge(n, PyInt.of(size)))) {
            PyObject sorted = Calls.call(BuiltinsModule.lookup("sorted"), new PyObject[] {iterable, key, PyBool.of(largest)},
                    new String[] {"key", "reverse"});
            return Protocols.getSlice(sorted, PyNone.NONE, n, PyNone.NONE);
        }
        long count = Protocols.index(n, null).longValue();
        PyObject it = Protocols.iter(iterable);
        List<PyObject> decorated = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            PyObject elem = Protocols.next(it);
            if (elem == null) {
                break;
            }
            PyObject order = PyInt.of(largest ? -i : i);
            decorated.add(key == PyNone.NONE ? PyTuple.of(elem, order) : PyTuple.of(Calls.call1(key, elem), order, elem));
        }
        PyList result = new PyList(decorated);
        if (decorated.isEmpty()) {
            return result;
        }
        HeapOps.heapify(result, !largest);
        PyObject top = ((PyTuple) result.get(0)).get(0);
        long order = largest ? -count : count;
        for (PyObject elem = Protocols.next(it); elem != null; elem = Protocols.next(it)) {
            PyObject k = key == PyNone.NONE ? elem : Calls.call1(key, elem);
            boolean better = largest ? Ops.isTrue(Ops.lt(top, k)) : Ops.isTrue(Ops.lt(k, top));
            if (better) {
                PyObject entry = key == PyNone.NONE ? PyTuple.of(elem, PyInt.of(order)) : PyTuple.of(k, PyInt.of(order), elem);
                HeapOps.replace(result, entry, !largest);
                top = ((PyTuple) result.get(0)).get(0);
                order += largest ? -1 : 1;
            }
        }
        result.sort(PyNone.NONE, largest);
        PyObject[] entries = result.toArray();
        PyObject[] out = new PyObject[entries.length];
        for (int i = 0; i < out.length; i++) {
            PyTuple t = (PyTuple) entries[i];
            out[i] = t.get(t.size() - 1 == 1 ? 0 : 2);
        }
        return new PyList(out);
    }

    // ---- merge ----

    private static PyObject merge(PyObject self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject key = PyNone.NONE;
        boolean reverse = false;
        for (int i = 0; i < nkw; i++) {
            switch (kw[i]) {
                case "key" -> key = args[npos + i];
                case "reverse" -> reverse = Ops.isTrue(args[npos + i]);
                default -> throw Errors.typeError("merge() got an unexpected keyword argument '%s'", kw[i]);
            }
        }
        PyObject[] iterables = new PyObject[npos];
        System.arraycopy(args, 0, iterables, 0, npos);
        Merge state = new Merge(iterables, key, reverse);
        return ModuleDefs.generator("merge", "merge", state::next);
    }

    /**
     * The state of heapq.merge's generator: heap entries are lists {@code [value, order, iterator]}
     * (or {@code [key, order, value, iterator]}) compared as lists, as in heapq.py.
     */
    static final class Merge {
        private final PyObject[] iterables;
        private final PyObject key;
        private final boolean reverse;
        private PyList heap;
        /** The entry whose value was yielded last and must be advanced next, or null. */
        private PyList pending;
        private PyObject single;
        private boolean done;

        Merge(PyObject[] iterables, PyObject key, boolean reverse) {
            this.iterables = iterables;
            this.key = key;
            this.reverse = reverse;
        }

        private boolean keyed() {
            return key != PyNone.NONE;
        }

        private void start() {
            heap = new PyList();
            int direction = reverse ? -1 : 1;
            for (int order = 0; order < iterables.length; order++) {
                PyObject it = Protocols.iter(iterables[order]);
                PyObject value = Protocols.next(it);
                if (value == null) {
                    continue;
                }
                PyInt o = PyInt.of((long) order * direction);
                heap.append(keyed() ? PyList.of(Calls.call1(key, value), o, value, it) : PyList.of(value, o, it));
            }
            HeapOps.heapify(heap, reverse);
        }

        synchronized PyObject next() {
            if (done) {
                return null;
            }
            if (heap == null) {
                start();
            }
            if (single != null) {
                PyObject v = Protocols.next(single);
                if (v == null) {
                    done = true;
                }
                return v;
            }
            if (pending != null) {
                PyList s = pending;
                pending = null;
                PyObject it = s.get(keyed() ? 3 : 2);
                PyObject value = Protocols.next(it);
                if (value == null) {
                    HeapOps.pop(heap, reverse);
                } else if (keyed()) {
                    s.set(0, Calls.call1(key, value));
                    s.set(2, value);
                    HeapOps.replace(heap, s, reverse);
                } else {
                    s.set(0, value);
                    HeapOps.replace(heap, s, reverse);
                }
            }
            if (heap.size() == 0) {
                done = true;
                return null;
            }
            PyList top = (PyList) heap.get(0);
            if (heap.size() == 1) {
                single = top.get(keyed() ? 3 : 2);
            } else {
                pending = top;
            }
            return top.get(keyed() ? 2 : 0);
        }
    }
}

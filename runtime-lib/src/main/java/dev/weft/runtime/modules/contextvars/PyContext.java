package dev.weft.runtime.modules.contextvars;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyTuple;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * {@code contextvars.Context}: an immutable mapping from ContextVar to value (each {@code set}
 * installs a new map, so copies share and never see each other's changes), made current for
 * one thread at a time by {@code run}. Each thread starts in its own empty context, as in
 * CPython 3.13.
 */
public final class PyContext extends PyObject {
    static final PyType TYPE = ModuleDefs.type("_contextvars", "Context", PyContext.class, PyType.OBJECT,
            PyContext::define, 0);

    private static final ThreadLocal<PyContext> CURRENT = ThreadLocal.withInitial(PyContext::new);

    /** The variables: replaced, never mutated; written only by the thread that has this context current. */
    volatile Map<PyContextVar, PyObject> vars = Collections.emptyMap();
    private final AtomicBoolean entered = new AtomicBoolean();

    PyContext() { }

    private PyContext(Map<PyContextVar, PyObject> vars) {
        this.vars = vars;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyContext current() {
        return CURRENT.get();
    }

    /** {@code copy_context()} and {@code Context.copy()}. */
    PyContext copy() {
        return new PyContext(vars);
    }

    void set(PyContextVar var, PyObject value) {
        Map<PyContextVar, PyObject> m = new LinkedHashMap<>(vars);
        if (value == null) {
            m.remove(var);
        } else {
            m.put(var, value);
        }
        vars = Collections.unmodifiableMap(m);
    }

    /** {@code ctx.run(f, *args, **kwargs)}: f runs with this context current in this thread. */
    PyObject run(PyObject callable, PyObject[] args, String[] kw) {
        if (!entered.compareAndSet(false, true)) {
            throw Errors.runtimeError("cannot enter context: %s is already entered", Ops.reprString(this));
        }
        PyContext previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return callable.call(args, kw);
        } finally {
            CURRENT.set(previous);
            entered.set(false);
        }
    }

    private static PyContext self(PyObject o) {
        return (PyContext) o;
    }

    private static PyContextVar key(PyObject k) {
        if (!(k instanceof PyContextVar v)) {
            throw Errors.typeError("a ContextVar key was expected, got %s", Ops.reprString(k));
        }
        return v;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length > 0) {
                throw Errors.typeError("Context() does not accept any arguments");
            }
            return new PyContext();
        });
        t.defV("run", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw < 1) {
                throw Errors.typeError("run() missing 1 required positional argument");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return self(self).run(args[0], rest, kw);
        });
        t.def0("copy", self -> self(self).copy());
        t.def1("__getitem__", (self, k) -> {
            PyObject v = self(self).vars.get(key(k));
            if (v == null) {
                throw Errors.keyError(k);
            }
            return v;
        });
        t.def1("__contains__", (self, k) -> PyBool.of(self(self).vars.containsKey(key(k))));
        t.def0("__len__", self -> PyInt.of(self(self).vars.size()));
        t.def0("__iter__", self -> iterator(self(self).vars, Map.Entry::getKey));
        t.def2("get", 1, (self, k, dflt) -> {
            PyObject v = self(self).vars.get(key(k));
            return v != null ? v : dflt == null ? PyNone.NONE : dflt;
        });
        t.def0("keys", self -> new PyList(self(self).vars.keySet().toArray(new PyObject[0])));
        t.def0("values", self -> new PyList(self(self).vars.values().toArray(new PyObject[0])));
        t.def0("items", self -> {
            PyList items = new PyList();
            for (Map.Entry<PyContextVar, PyObject> e : self(self).vars.entrySet()) {
                items.append(PyTuple.of(e.getKey(), e.getValue()));
            }
            return items;
        });
        t.def1("__eq__", (self, other) -> {
            if (!(other instanceof PyContext o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            Map<PyContextVar, PyObject> a = self(self).vars;
            Map<PyContextVar, PyObject> b = o.vars;
            if (a.size() != b.size()) {
                return PyBool.FALSE;
            }
            for (Map.Entry<PyContextVar, PyObject> e : a.entrySet()) {
                PyObject v = b.get(e.getKey());
                if (v == null || !Ops.eqBool(e.getValue(), v)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.def("__hash__", PyNone.NONE);
    }

    private static final PyType ITERATOR = PyIterator.newType("_contextvars.Context_keyiterator");

    private static PyObject iterator(Map<PyContextVar, PyObject> snapshot,
                                     Function<Map.Entry<PyContextVar, PyObject>, PyObject> item) {
        Iterator<Map.Entry<PyContextVar, PyObject>> it = snapshot.entrySet().iterator();
        return new PyIterator(ITERATOR) {
            @Override
            public synchronized PyObject next() {
                return it.hasNext() ? item.apply(it.next()) : null;
            }
        };
    }

    static RuntimeException lookupError(PyObject var) {
        return new dev.weft.runtime.exc.PyException(ExceptionTypes.create(ExceptionTypes.LookupError, var));
    }
}

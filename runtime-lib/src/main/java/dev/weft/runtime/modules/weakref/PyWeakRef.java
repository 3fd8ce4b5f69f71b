package dev.weft.runtime.modules.weakref;

import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;


/**
 * {@code weakref.ReferenceType} ({@code weakref.ref}): calling it gives the referent while the
 * JVM keeps it alive, None afterwards. Subclassable (KeyedRef, WeakMethod); the hash is the
 * referent's, computed once; equality compares live referents, identity otherwise.
 */
public class PyWeakRef extends DerivedObject implements DeadReference {
    public static final PyType TYPE = ModuleDefs.type("weakref", "ReferenceType", PyWeakRef.class, PyType.OBJECT,
            PyWeakRef::define, PyType.BASETYPE);

    private final WeakRefs.Tracker tracker;
    private volatile PyObject callback;
    /** Creation order: callbacks of one collection run newest first. */
    private final long serial = WeakRefs.nextSerial();
    private volatile boolean hashed;
    private volatile long hash;

    PyWeakRef(PyType type, PyObject referent, PyObject callback) {
        super(type);
        this.tracker = new WeakRefs.Tracker(referent, this);
        this.callback = callback == PyNone.NONE ? null : callback;
    }

    /** {@code weakref.ref(o)} / {@code weakref.ref(o, callback)}; reuses o's basic ref when there is no callback. */
    public static PyWeakRef of(PyObject referent, PyObject callback) {
        return make(TYPE, referent, callback);
    }

    static PyWeakRef make(PyType cls, PyObject referent, PyObject callback) {
        WeakRefs.processQueue();
        WeakRefs.checkReferenceable(referent);
        boolean basic = cls == TYPE && (callback == null || callback == PyNone.NONE);
        if (basic) {
            for (PyObject r : WeakRefs.referrers(referent)) {
                if (r.type() == TYPE && ((PyWeakRef) r).callback == null) {
                    return (PyWeakRef) r;
                }
            }
        }
        PyWeakRef r = new PyWeakRef(cls, referent, callback);
        WeakRefs.track(referent, r);
        return r;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (type() != TYPE || args.length != 0 || (kwnames != null && kwnames.length > 0)) {
            return super.call(args, kwnames); // a subclass's __call__, or the type's error
        }
        return referentOrNone();
    }

    /** The referent, or null once the JVM has collected it. */
    public PyObject get() {
        return tracker.get();
    }

    PyObject referentOrNone() {
        PyObject o = tracker.get();
        return o == null ? PyNone.NONE : o;
    }

    @Override
    public long serial() {
        return serial;
    }

    /** Runs (once) the callback after the referent died. */
    @Override
    public void runCallback() {
        PyObject cb = callback;
        callback = null;
        WeakRefs.callBack(cb, this);
    }

    private static PyWeakRef self(PyObject o) {
        if (o instanceof PyWeakRef r) {
            return r;
        }
        throw Errors.typeError("descriptor requires a 'weakref.ReferenceType' object but received '%s'", o.type().name());
    }

    private static PyObject newRef(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("ref() takes no keyword arguments");
        }
        if (args.length < 1) {
            throw Errors.typeError("__new__ expected at least 1 argument, got %d", args.length);
        }
        if (args.length > 2) {
            throw Errors.typeError("__new__ expected at most 2 arguments, got %d", args.length);
        }
        return make(cls, args[0], args.length > 1 ? args[1] : null);
    }

    private static void define(PyType t) {
        t.defNew(PyWeakRef::newRef);
        t.defV("__init__", (self, args, kw) -> {
            if (args.length > 2) {
                throw Errors.typeError("__init__ expected at most 2 arguments, got %d", args.length);
            }
            return PyNone.NONE;
        });
        t.defV("__call__", (self, args, kw) -> {
            if (args.length != 0 || (kw != null && kw.length > 0)) {
                throw Errors.typeError("weakref() takes no arguments");
            }
            return self(self).referentOrNone();
        });
        t.defGetSet("__callback__", self -> {
            PyObject cb = self(self).callback;
            return cb == null ? PyNone.NONE : cb;
        }, null);
        t.def0("__hash__", self -> PyInt.of(self(self).hash()));
        t.def1("__eq__", (self, other) -> compare(self(self), other, true));
        t.def1("__ne__", (self, other) -> compare(self(self), other, false));
        t.def0("__repr__", self -> PyStr.of(self(self).repr()));
        t.def("__class_getitem__", ModuleTypes.classGetItem());
    }

    long hash() {
        if (hashed) {
            return hash;
        }
        PyObject o = tracker.get();
        if (o == null) {
            throw Errors.typeError("weak object has gone away");
        }
        hash = Ops.hash(o);
        hashed = true;
        return hash;
    }

    private static PyObject compare(PyWeakRef self, PyObject other, boolean eq) {
        if (!(other instanceof PyWeakRef o)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        PyObject a = self.tracker.get();
        PyObject b = o.tracker.get();
        if (a == null || b == null) {
            return PyBool.of((self == o) == eq);
        }
        return eq ? Ops.eq(a, b) : Ops.ne(a, b);
    }

    String repr() {
        String at = Long.toHexString(Ops.identityHash(this));
        PyObject o = tracker.get();
        if (o == null) {
            return "<weakref at 0x" + at + "; dead>";
        }
        return "<weakref at 0x" + at + "; to '" + qualifiedTypeName(o.type()) + "' at 0x"
                + Long.toHexString(Ops.identityHash(o)) + nameSuffix(o) + ">";
    }

    /** CPython's {@code %T}: the type's qualified name, prefixed by its module unless builtins or __main__. */
    static String qualifiedTypeName(PyType t) {
        String mod = ObjectMethods.moduleName(t);
        if (mod == null || mod.equals("builtins") || mod.equals("__main__")) {
            return t.qualname();
        }
        return mod + "." + t.qualname();
    }

    private static String nameSuffix(PyObject o) {
        PyObject name;
        try {
            name = Attr.getAttrOrNull(o, "__name__");
        } catch (PyException e) {
            return "";
        }
        return name instanceof PyStr s ? " (" + s.value() + ")" : "";
    }
}

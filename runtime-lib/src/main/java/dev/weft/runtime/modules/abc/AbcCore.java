package dev.weft.runtime.modules.abc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.TypeMethods;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The ABC machinery of CPython's {@code Modules/_abc.c}: registration, the instance and
 * subclass checks with their positive and negative caches, and the global invalidation token.
 * Lib/abc.py's {@code ABCMeta} calls it through {@code _abc}; the Java {@code collections.abc}
 * uses it directly, so both kinds of ABC share one registry and one token.
 */
public final class AbcCore {
    private AbcCore() { }

    /** Bumped by every registration: negative caches older than it are stale. */
    private static final AtomicLong TOKEN = new AtomicLong();

    private static final PyStr IMPL = PyStr.intern("_abc_impl");

    public static long cacheToken() {
        return TOKEN.get();
    }

    /** {@code _abc_init(cls)}: computes {@code __abstractmethods__} and attaches fresh ABC data. */
    public static void init(PyObject self) {
        if (self instanceof PyType cls) {
            Abstracts.compute(cls);
        }
        Attr.setAttr(self, "_abc_impl", new AbcData(TOKEN.get()));
        if (self instanceof PyType cls && cls.instanceDict().getItemOrNull(PyStr.intern("__abc_tpflags__")) != null) {
            // the pattern-matching flags of collections.abc; Weft's match statement does not read them
            cls.instanceDict().delItem(PyStr.intern("__abc_tpflags__"));
        }
    }

    static AbcData impl(PyObject self) {
        PyObject data = self instanceof PyType t ? t.lookup("_abc_impl") : null;
        if (data == null) {
            data = Attr.getAttr(self, IMPL.value());
        }
        if (!(data instanceof AbcData d)) {
            throw Errors.typeError("_abc_impl is set to a wrong type");
        }
        return d;
    }

    /** {@code _abc_register(cls, subclass)}. */
    public static PyObject register(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw Errors.typeError("Can only register classes");
        }
        if (TypeMethods.isSubclass(subclass, self)) {
            return subclass; // already a subclass
        }
        if (TypeMethods.isSubclass(self, subclass)) {
            throw Errors.runtimeError("Refusing to create an inheritance cycle");
        }
        impl(self).registry.add(sub);
        TOKEN.incrementAndGet();
        return subclass;
    }

    /** {@code _abc_instancecheck(cls, instance)}: a bool object. */
    public static PyObject instanceCheck(PyObject self, PyObject instance) {
        AbcData data = impl(self);
        PyObject subclass = Attr.getAttr(instance, "__class__");
        if (data.cache.contains(subclass)) {
            return PyBool.TRUE;
        }
        PyType subtype = instance.type();
        if (subtype == subclass) {
            if (data.negativeCacheVersion == TOKEN.get() && data.negativeCache.contains(subclass)) {
                return PyBool.FALSE;
            }
            return Ops.callMethod(self, "__subclasscheck__", subclass);
        }
        PyObject result = Ops.callMethod(self, "__subclasscheck__", subclass);
        if (Ops.isTrue(result)) {
            return result;
        }
        return Ops.callMethod(self, "__subclasscheck__", subtype);
    }

    /** {@code _abc_subclasscheck(cls, subclass)}. */
    public static boolean subclassCheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        AbcData data = impl(self);
        if (data.cache.contains(sub)) {
            return true;
        }
        long token = TOKEN.get();
        if (data.negativeCacheVersion < token) {
            data.negativeCache.clear();
            data.negativeCacheVersion = token;
        } else if (data.negativeCache.contains(sub)) {
            return false;
        }
        PyObject ok = Ops.callMethod(self, "__subclasshook__", sub);
        if (ok == PyBool.TRUE) {
            data.cache.add(sub);
            return true;
        }
        if (ok == PyBool.FALSE) {
            data.negativeCache.add(sub);
            return false;
        }
        if (ok != PySingleton.NOT_IMPLEMENTED) {
            throw Errors.make(ExceptionTypes.AssertionError,
                    "__subclasshook__ must return either False, True, or NotImplemented");
        }
        if (self instanceof PyType cls && inMro(sub, cls)) {
            data.cache.add(sub);
            return true;
        }
        for (PyType registered : data.registry.snapshot()) {
            if (TypeMethods.isSubclass(sub, registered)) {
                data.cache.add(sub);
                return true;
            }
        }
        PyObject subclasses = Ops.callMethod(self, "__subclasses__");
        for (PyObject scls : Protocols.toArray(subclasses)) {
            if (TypeMethods.isSubclass(sub, scls)) {
                data.cache.add(sub);
                return true;
            }
        }
        data.negativeCache.add(sub);
        return false;
    }

    private static boolean inMro(PyType sub, PyType cls) {
        for (PyType t : sub.mro()) {
            if (t == cls) {
                return true;
            }
        }
        return false;
    }

    static void resetRegistry(PyObject self) {
        impl(self).registry.clear();
    }

    static void resetCaches(PyObject self) {
        AbcData data = impl(self);
        data.cache.clear();
        data.negativeCache.clear();
    }
}

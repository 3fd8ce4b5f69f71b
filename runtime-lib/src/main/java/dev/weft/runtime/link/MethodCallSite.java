package dev.weft.runtime.link;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.DirectBuiltin;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyMethodDescr;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.InstanceAttributes;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * A {@code call_method receiver, args... NAME} site with positional arguments only. The first
 * call links it: when the receiver's type has a Python function {@code NAME} taking the
 * receiver plus exactly these arguments (found by the ordinary attribute protocol:
 * {@code object.__getattribute__}), the target becomes "if the receiver has the same type at
 * the same version and its instance dict does not shadow the name, invoke the function's
 * body directly" (the guard {@link dev.weft.runtime.sites.CallMethodSite} uses, now with a
 * constant body the JIT inlines), else the generic {@link CallSites.Method}. A builtin method
 * ({@link PyMethodDescr}) with a fixed-arity implementation is linked the same way to that
 * implementation ({@link DirectBuiltin}: arguments passed one by one, no array, no per-call
 * arity dispatch). Up to {@link CallTargets#MAX_ARGS} arguments the target is a plain Java
 * method of a {@link CallTargets} record; a Python method with more is a method-handle tree.
 * Linked once; {@code setTarget} publishes safely.
 */
final class MethodCallSite extends MutableCallSite {
    private static final MethodHandle LINK, GUARD, GENERIC;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            LINK = l.findVirtual(MethodCallSite.class, "link", MethodType.methodType(PyObject.class, PyObject[].class));
            GUARD = l.findStatic(MethodCallSite.class, "sameMethod", MethodType.methodType(boolean.class,
                    PyType.class, int.class, PyStr.class, PyObject.class));
            GENERIC = l.findVirtual(CallSites.Method.class, "call",
                    MethodType.methodType(PyObject.class, PyObject[].class, String[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final PyStr key;
    private final CallSites.Method method;
    private final MethodHandle generic;

    MethodCallSite(String name, MethodType type) {
        super(type);
        this.name = name;
        this.key = PyStr.intern(name);
        this.method = new CallSites.Method(name);
        this.generic = spread(MethodHandles.insertArguments(GENERIC.bindTo(method), 1,
                (Object) null));
        setTarget(spread(LINK.bindTo(this)));
    }

    /** {@code (PyObject[] argsWithSelf)} → the site's {@code (PyObject self, PyObject... args)}. */
    private MethodHandle spread(MethodHandle arrayForm) {
        return arrayForm.asCollector(PyObject[].class, type().parameterCount()).asType(type());
    }

    private PyObject link(PyObject[] argsWithSelf) {
        int nargs = argsWithSelf.length - 1;
        PyObject self = argsWithSelf[0];
        PyType t = self.type();
        int version = t.version();
        MethodHandle target = null;
        if (linkable(self, t)) {
            PyObject m = t.lookup(name);
            if (m instanceof PyFunction fn && takesExactly(fn.code, nargs + 1)) {
                MethodHandle body = FunctionCallSite.bodyHandle(fn.body);
                target = nargs <= CallTargets.MAX_ARGS
                        ? bound(new CallTargets.ToMethod(t, version, key, fn, body, method), nargs)
                        : guarded(t, version, spread(MethodHandles.insertArguments(body, 0, fn)));
            } else if (m instanceof PyMethodDescr d) {
                DirectBuiltin impl = d.direct(nargs);
                if (impl != null) {
                    target = bound(new CallTargets.ToBuiltinMethod(t, version, key, impl, method,
                            InstanceAttributes.attributeless(self) ? self.getClass() : null), nargs);
                }
            }
        }
        setTarget(target != null ? target : generic);
        return method.call(argsWithSelf, null);
    }

    private boolean linkable(PyObject self, PyType t) {
        return !name.startsWith("__") && !(self instanceof PyType) && !(self instanceof PyModule)
                && !(self instanceof PySuper) && t.lookup("__getattribute__") == ObjectMethods.getattributeDescr();
    }

    /** {@code direct} while the receiver passes {@link #sameMethod}, else the generic call. */
    private MethodHandle guarded(PyType t, int version, MethodHandle direct) {
        MethodHandle test = MethodHandles.dropArguments(MethodHandles.insertArguments(GUARD, 0, t, version, key),
                1, type().parameterList().subList(1, type().parameterCount()));
        return MethodHandles.guardWithTest(test, direct, generic);
    }

    /** The site's target running {@code record.callN} (see {@link CallTargets}), or null. */
    private MethodHandle bound(Object record, int n) {
        try {
            return CallTargets.bind(record, n).asType(type());
        } catch (ReflectiveOperationException e) {
            return null; // the generic path still works
        }
    }

    private static boolean takesExactly(CodeInfo code, int n) {
        return code.argCount == n && code.kwOnlyCount == 0 && !code.hasVarargs() && !code.hasVarkeywords();
    }

    /** Same type, unchanged since linking (so the same function), and not shadowed by the instance. */
    static boolean sameMethod(PyType t, int version, PyStr key, PyObject self) {
        if (self.type() != t || t.version() != version) {
            return false;
        }
        if (self instanceof PyInstance inst) {
            return inst.lacksOwnAttr(key);
        }
        if (self instanceof HasDict h) {
            PyDict d = h.instanceDict();
            return d == null || d.size() == 0 || d.getItemOrNull(key) == null;
        }
        return true;
    }
}

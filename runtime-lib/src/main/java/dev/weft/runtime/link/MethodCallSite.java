package dev.weft.runtime.link;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyMethodDescr;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.HasDict;
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
 * body directly with the argument array" (the guard {@link dev.weft.runtime.sites.CallMethodSite}
 * uses, now with a constant body the JIT inlines), else the generic {@link CallSites.Method}.
 * A builtin method ({@link PyMethodDescr}) is linked the same way to its Java implementation
 * with the arguments passed one by one (no array, no per-call arity dispatch).
 * Linked once; {@code setTarget} publishes safely.
 */
final class MethodCallSite extends MutableCallSite {
    private static final MethodHandle LINK, GUARD, INVOKE, GENERIC;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            LINK = l.findVirtual(MethodCallSite.class, "link", MethodType.methodType(PyObject.class, PyObject[].class));
            GUARD = l.findStatic(MethodCallSite.class, "sameMethod", MethodType.methodType(boolean.class,
                    PyType.class, int.class, PyStr.class, PyObject.class));
            INVOKE = l.findVirtual(FunctionBody.class, "invoke",
                    MethodType.methodType(PyObject.class, PyFunction.class, PyObject[].class));
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
        MethodHandle direct = null;
        PyObject self = argsWithSelf[0];
        PyType t = self.type();
        int version = t.version();
        if (!name.startsWith("__") && !(self instanceof PyType) && !(self instanceof PyModule)
                && !(self instanceof PySuper) && t.lookup("__getattribute__") == ObjectMethods.getattributeDescr()) {
            PyObject m = t.lookup(name);
            if (m instanceof PyFunction fn && takesExactly(fn.code, argsWithSelf.length)) {
                direct = spread(MethodHandles.insertArguments(INVOKE, 0, fn.body, fn));
            } else if (m instanceof PyMethodDescr d) {
                direct = builtinHandle(d, argsWithSelf.length - 1);
            }
        }
        MethodHandle target = generic;
        if (direct != null) {
            MethodHandle test = MethodHandles.dropArguments(MethodHandles.insertArguments(GUARD, 0, t, version, key),
                    1, type().parameterList().subList(1, type().parameterCount()));
            target = MethodHandles.guardWithTest(test, direct, generic);
        }
        setTarget(target);
        return method.call(argsWithSelf, null);
    }

    private MethodHandle builtinHandle(PyMethodDescr d, int nargs) {
        try {
            MethodHandle h = d.directHandle(nargs);
            return h == null ? null : h.asType(type());
        } catch (ReflectiveOperationException e) {
            return null; // the generic path still works
        }
    }

    private static boolean takesExactly(CodeInfo code, int n) {
        return code.argCount == n && code.kwOnlyCount == 0 && !code.hasVarargs() && !code.hasVarkeywords();
    }

    /** Same type, unchanged since linking (so the same function), and not shadowed by the instance. */
    private static boolean sameMethod(PyType t, int version, PyStr key, PyObject self) {
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

package dev.weft.runtime.link;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.CompiledBody;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Calls;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * A {@code call f, args...} site with positional arguments only. The first call links it:
 * when the callee is a Python function taking exactly these positional arguments (no
 * defaults to fill, no {@code *args}, {@code **kwargs} or keyword-only parameters), the
 * target becomes "if {@code f} runs this same body, invoke that body directly" (its static
 * method: a compiled body is a {@link CompiledBody}, so the JIT calls, and may inline, the
 * callee's method: no vector-call dispatch, no megamorphic {@link FunctionBody} call), else
 * the generic vector call. A failed guard (another function bound to the name later, a
 * different callee at a polymorphic site) takes the generic path; the site is linked once, so
 * it never thrashes. A callee that is a plain class (metaclass {@code type},
 * {@code object.__new__}, a Python {@code __init__} taking exactly these arguments) links to
 * the construction of an instance and a direct call of that {@code __init__}, guarded by the
 * class and its version; a builtin function with a fixed-arity Java implementation
 * ({@code len}, {@code ord}) links to that implementation, guarded by identity, and so does a
builtin type whose call is just its Java constructor ({@code str(x)}, {@code int(s)}) and
{@code type(x)}. With up to
 * {@link CallTargets#MAX_ARGS} arguments the linked target is a plain Java method of a
 * {@link CallTargets} record (guard, argument array and fallback in bytecode); with more, a
 * method-handle tree. Linking races are harmless: both racers install equivalent targets with
 * {@code setTarget}, which publishes safely.
 */
final class FunctionCallSite extends MutableCallSite {
    private static final MethodHandle LINK, IS_BODY, INVOKE, GENERIC, IS_CLASS, CONSTRUCT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            LINK = l.findVirtual(FunctionCallSite.class, "link",
                    MethodType.methodType(PyObject.class, PyObject.class, PyObject[].class));
            IS_BODY = l.findStatic(FunctionCallSite.class, "isBody",
                    MethodType.methodType(boolean.class, FunctionBody.class, PyObject.class));
            INVOKE = l.findVirtual(FunctionBody.class, "invoke",
                    MethodType.methodType(PyObject.class, PyFunction.class, PyObject[].class));
            GENERIC = l.findVirtual(PyObject.class, "call",
                    MethodType.methodType(PyObject.class, PyObject[].class, String[].class));
            IS_CLASS = l.findStatic(FunctionCallSite.class, "isClass",
                    MethodType.methodType(boolean.class, PyType.class, int.class, PyObject.class));
            CONSTRUCT = l.findStatic(Calls.class, "constructWithInit",
                    MethodType.methodType(PyObject.class, PyType.class, PyFunction.class, FunctionBody.class,
                            PyObject[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int nargs;
    private final MethodHandle generic;

    FunctionCallSite(MethodType type) {
        super(type);
        this.nargs = type.parameterCount() - 1;
        this.generic = spread(MethodHandles.insertArguments(GENERIC, 2, (Object) null));
        setTarget(spread(LINK.bindTo(this)));
    }

    /** {@code (PyObject f, PyObject[] args)} → the site's {@code (PyObject f, PyObject... args)}. */
    private MethodHandle spread(MethodHandle arrayForm) {
        return arrayForm.asCollector(PyObject[].class, nargs).asType(type());
    }

    private PyObject link(PyObject f, PyObject[] args) {
        MethodHandle target = generic;
        if (f instanceof PyFunction fn && takesExactly(fn.code, nargs) && nargs <= CallTargets.MAX_ARGS) {
            target = bound(new CallTargets.ToFunction(fn.body, bodyHandle(fn.body)));
        } else if (f instanceof PyFunction fn && fillsFromDefaults(fn, nargs)) {
            target = bound(new CallTargets.ToFunctionWithDefaults(fn.body, bodyHandle(fn.body)));
        } else if (f instanceof PyFunction fn && takesExactly(fn.code, nargs)) {
            FunctionBody body = fn.body;
            MethodHandle direct = bodyHandle(body)
                    .asType(MethodType.methodType(PyObject.class, PyObject.class, PyObject[].class));
            MethodHandle test = MethodHandles.dropArguments(IS_BODY.bindTo(body), 1,
                    type().parameterList().subList(1, nargs + 1));
            target = MethodHandles.guardWithTest(test, spread(direct), generic);
        } else if (f instanceof PyBuiltinFunction bf && bf.direct(nargs) != null) {
            target = bound(new CallTargets.ToBuiltinFunction(bf, bf.self(), bf.direct(nargs)));
        } else if (f == PyType.TYPE && nargs == 1) {
            target = bound(new CallTargets.ToTypeOf());
        } else if (f instanceof PyType cls) {
            MethodHandle direct = linkConstructor(cls, cls.version());
            Fn.New make;
            if (direct != null) {
                target = direct;
            } else if (nargs <= CallTargets.MAX_ARGS && (make = cls.directConstructor()) != null) {
                target = bound(new CallTargets.ToBuiltinType(cls, make));
            }
        }
        setTarget(target);
        return f.call(args, null);
    }

    /**
     * The guarded direct target for instantiating {@code cls}, or null when it is not a plain
     * class; {@code version} is read before the lookups, so a change racing with linking
     * fails the guard.
     */
    private MethodHandle linkConstructor(PyType cls, int version) {
        if (!constructsWithPlainInit(cls)) {
            return null;
        }
        PyFunction init = (PyFunction) cls.lookup("__init__");
        if (nargs <= CallTargets.MAX_ARGS) {
            return bound(new CallTargets.ToConstructor(cls, version, init, bodyHandle(init.body)));
        }
        MethodHandle direct = MethodHandles.dropArguments(MethodHandles.insertArguments(CONSTRUCT, 0, cls, init, init.body),
                0, PyObject.class);
        MethodHandle test = MethodHandles.dropArguments(MethodHandles.insertArguments(IS_CLASS, 0, cls, version),
                1, type().parameterList().subList(1, nargs + 1));
        return MethodHandles.guardWithTest(test, spread(direct), generic);
    }

    /** The site's target running {@code record.callN} (see {@link CallTargets}); generic if that fails. */
    private MethodHandle bound(Object record) {
        try {
            return CallTargets.bind(record, nargs).asType(type());
        } catch (ReflectiveOperationException e) {
            return generic;
        }
    }

    /**
     * {@code (PyFunction fn, PyObject[] frame)PyObject} running {@code body}: a compiled body's
     * static method itself (a direct call the JIT inlines), else the body's interface method.
     */
    static MethodHandle bodyHandle(FunctionBody body) {
        return body instanceof CompiledBody cb ? cb.target : INVOKE.bindTo(body);
    }

    /** {@code fn} takes more positional parameters than {@code n}, only those, and has defaults for the rest now. */
    private static boolean fillsFromDefaults(PyFunction fn, int n) {
        CodeInfo code = fn.code;
        PyObject[] d = fn.defaults();
        return n <= CallTargets.MAX_ARGS && code.argCount > n && code.kwOnlyCount == 0 && !code.hasVarargs()
                && !code.hasVarkeywords() && d != null && d.length >= code.argCount - n;
    }

    private static boolean takesExactly(CodeInfo code, int n) {
        return code.argCount == n && code.kwOnlyCount == 0 && !code.hasVarargs() && !code.hasVarkeywords();
    }

    /**
     * A class instantiated by {@code type.__call__} → {@code object.__new__} → a Python
     * {@code __init__} taking the instance plus exactly these arguments.
     */
    private boolean constructsWithPlainInit(PyType cls) {
        return cls.type() == PyType.TYPE && cls.isHeapType() && cls.lookup("__new__") == ObjectMethods.newDescr()
                && cls.lookup("__init__") instanceof PyFunction init
                && (takesExactly(init.code, nargs + 1) || fillsFromDefaults(init, nargs + 1));
    }

    /** The same class, unchanged since linking (version: any attribute of it or its bases set). */
    private static boolean isClass(PyType cls, int version, PyObject f) {
        return f == cls && cls.version() == version;
    }

    private static boolean isBody(FunctionBody body, PyObject f) {
        return f instanceof PyFunction fn && fn.body == body;
    }
}

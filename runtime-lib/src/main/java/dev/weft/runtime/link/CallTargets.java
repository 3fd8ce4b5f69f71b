package dev.weft.runtime.link;

import dev.weft.runtime.call.DirectBuiltin;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;

/**
 * What a linked call site with up to {@link #MAX_ARGS} positional arguments runs: one plain
 * Java method per arity ({@code callN}), bound to a record holding what the site linked to,
 * instead of a tree of method-handle combinators (guard, argument collector, casts). The
 * guard, the argument array and the fallback are ordinary bytecode, cheap in the interpreter
 * and in C1-compiled code (which run every call until C2 has compiled the caller) and small
 * for C2; the record's final fields are trusted as constants by the JIT (records are), so in
 * C2-compiled code the body handle is a constant and the Python callee's method is called
 * directly (and inlined when small). The fallback is the generic call, so a site never relinks.
 */
final class CallTargets {
    private CallTargets() { }

    /** Most positional arguments (besides the callee or receiver) a {@code callN} method takes. */
    static final int MAX_ARGS = 4;

    private static final PyObject[] NO_ARGS = new PyObject[0];
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** {@code record.callN} as a handle of the site's type {@code (PyObject, PyObject... n)PyObject}. */
    static MethodHandle bind(Object record, int n) throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(PyObject.class, Collections.nCopies(n + 1, PyObject.class));
        return LOOKUP.findVirtual(record.getClass(), "call" + n, type).bindTo(record);
    }

    /**
     * Runs a body handle {@code (PyFunction, PyObject[])PyObject}; constant in C2-compiled
     * code, so {@code invokeExact} becomes a direct call of the body's method.
     */
    static PyObject run(MethodHandle body, PyFunction fn, PyObject[] frame) {
        try {
            return (PyObject) body.invokeExact(fn, frame);
        } catch (Throwable t) {
            throw CallTargets.<RuntimeException>rethrow(t);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable t) throws T {
        throw (T) t;
    }

    /**
     * {@code cls(args)} for a builtin type whose call is its Java constructor
     * ({@link PyType#directConstructor}): no {@code type.__call__}, no lookups of
     * {@code __new__}/{@code __init__}, and a constructor the JIT sees as a constant per site.
     */
    record ToBuiltinType(PyType cls, Fn.New make) {
        PyObject call0(PyObject f) {
            return f == cls ? make.make(cls, NO_ARGS, null) : f.call(NO_ARGS, null);
        }

        PyObject call1(PyObject f, PyObject a) {
            PyObject[] args = {a};
            return f == cls ? make.make(cls, args, null) : f.call(args, null);
        }

        PyObject call2(PyObject f, PyObject a, PyObject b) {
            PyObject[] args = {a, b};
            return f == cls ? make.make(cls, args, null) : f.call(args, null);
        }

        PyObject call3(PyObject f, PyObject a, PyObject b, PyObject c) {
            PyObject[] args = {a, b, c};
            return f == cls ? make.make(cls, args, null) : f.call(args, null);
        }

        PyObject call4(PyObject f, PyObject a, PyObject b, PyObject c, PyObject d) {
            PyObject[] args = {a, b, c, d};
            return f == cls ? make.make(cls, args, null) : f.call(args, null);
        }
    }

    /** {@code type(x)}: the type of x, when the callee is {@code type} itself. */
    record ToTypeOf() {
        PyObject call1(PyObject f, PyObject a) {
            return f == PyType.TYPE ? a.type() : f.call(new PyObject[] {a}, null);
        }
    }

    /**
     * {@code f(args)} where {@code f} ran a function with this body taking more positional
     * parameters than the site passes: the rest come from the function's
     * defaults, read at each call ({@code __defaults__} may be replaced); without enough of
     * them, the generic call raises CPython's TypeError.
     */
    record ToFunctionWithDefaults(FunctionBody body, MethodHandle target) {
        private PyObject call(PyObject f, PyObject[] args) {
            if (f instanceof PyFunction fn && fn.body == body) {
                PyObject[] frame = fn.frameWithDefaults(args);
                if (frame != null) {
                    return run(target, fn, frame);
                }
            }
            return f.call(args, null);
        }

        PyObject call0(PyObject f) {
            return call(f, NO_ARGS);
        }

        PyObject call1(PyObject f, PyObject a) {
            return call(f, new PyObject[] {a});
        }

        PyObject call2(PyObject f, PyObject a, PyObject b) {
            return call(f, new PyObject[] {a, b});
        }

        PyObject call3(PyObject f, PyObject a, PyObject b, PyObject c) {
            return call(f, new PyObject[] {a, b, c});
        }

        PyObject call4(PyObject f, PyObject a, PyObject b, PyObject c, PyObject d) {
            return call(f, new PyObject[] {a, b, c, d});
        }
    }

    /** {@code f(args)} where {@code f} ran a function with this body, taking exactly these arguments. */
    record ToFunction(FunctionBody body, MethodHandle target) {
        private boolean hit(PyObject f) {
            return f instanceof PyFunction fn && fn.body == body;
        }

        PyObject call0(PyObject f) {
            return hit(f) ? run(target, (PyFunction) f, NO_ARGS) : f.call(NO_ARGS, null);
        }

        PyObject call1(PyObject f, PyObject a) {
            PyObject[] args = {a};
            return hit(f) ? run(target, (PyFunction) f, args) : f.call(args, null);
        }

        PyObject call2(PyObject f, PyObject a, PyObject b) {
            PyObject[] args = {a, b};
            return hit(f) ? run(target, (PyFunction) f, args) : f.call(args, null);
        }

        PyObject call3(PyObject f, PyObject a, PyObject b, PyObject c) {
            PyObject[] args = {a, b, c};
            return hit(f) ? run(target, (PyFunction) f, args) : f.call(args, null);
        }

        PyObject call4(PyObject f, PyObject a, PyObject b, PyObject c, PyObject d) {
            PyObject[] args = {a, b, c, d};
            return hit(f) ? run(target, (PyFunction) f, args) : f.call(args, null);
        }
    }

    /**
     * {@code cls(args)} for a plain class ({@code object.__new__}, a Python {@code __init__}
     * taking exactly these arguments), while {@code cls} is unchanged since linking.
     */
    record ToConstructor(PyType cls, int version, PyFunction init, MethodHandle target) {
        private boolean hit(PyObject f) {
            return f == cls && cls.version() == version;
        }

        /**
         * {@code args[0]} is the slot for the new instance. Parameters of {@code __init__} the
         * site leaves out come from its {@code __defaults__}, read at each call; without enough
         * of them the generic call raises CPython's TypeError.
         */
        private PyObject construct(PyObject[] args) {
            if (args.length < init.code.argCount) {
                PyObject[] full = init.frameWithDefaults(args);
                if (full == null) {
                    return cls.call(java.util.Arrays.copyOfRange(args, 1, args.length), null);
                }
                args = full;
            }
            ObjectMethods.checkAbstract(cls);
            PyObject obj = new PyInstance(cls);
            args[0] = obj;
            PyObject r = run(target, init, args);
            if (r != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '%s'", r.type().name());
            }
            return obj;
        }

        PyObject call0(PyObject f) {
            return hit(f) ? construct(new PyObject[1]) : f.call(NO_ARGS, null);
        }

        PyObject call1(PyObject f, PyObject a) {
            return hit(f) ? construct(new PyObject[] {null, a}) : f.call(new PyObject[] {a}, null);
        }

        PyObject call2(PyObject f, PyObject a, PyObject b) {
            return hit(f) ? construct(new PyObject[] {null, a, b}) : f.call(new PyObject[] {a, b}, null);
        }

        PyObject call3(PyObject f, PyObject a, PyObject b, PyObject c) {
            return hit(f) ? construct(new PyObject[] {null, a, b, c}) : f.call(new PyObject[] {a, b, c}, null);
        }

        PyObject call4(PyObject f, PyObject a, PyObject b, PyObject c, PyObject d) {
            return hit(f) ? construct(new PyObject[] {null, a, b, c, d}) : f.call(new PyObject[] {a, b, c, d}, null);
        }
    }

    /**
     * {@code self.name(args)} where {@code self}'s type (at {@code version}) has the Python
     * function {@code fn} as {@code name}, not shadowed by the instance; {@code callN} takes the
     * receiver and N arguments; other receivers take the generic call ({@code generic}, whose
     * {@link dev.weft.runtime.sites.CallMethodSite} caches several types).
     */
    record ToMethod(PyType type, int version, PyStr key, PyFunction fn, MethodHandle target,
                    CallSites.Method generic) {
        boolean hit(PyObject self) {
            return MethodCallSite.sameMethod(type, version, key, self);
        }

        private PyObject call(PyObject self, PyObject[] argsWithSelf) {
            return hit(self) ? run(target, fn, argsWithSelf) : generic.call(argsWithSelf, null);
        }

        PyObject call0(PyObject self) {
            return call(self, new PyObject[] {self});
        }

        PyObject call1(PyObject self, PyObject a) {
            return call(self, new PyObject[] {self, a});
        }

        PyObject call2(PyObject self, PyObject a, PyObject b) {
            return call(self, new PyObject[] {self, a, b});
        }

        PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c) {
            return call(self, new PyObject[] {self, a, b, c});
        }

        PyObject call4(PyObject self, PyObject a, PyObject b, PyObject c, PyObject d) {
            return call(self, new PyObject[] {self, a, b, c, d});
        }
    }

    /**
     * {@code self.name(args)} where {@code self}'s type (at {@code version}) has a builtin method
     * {@code name} with a fixed-arity implementation; {@code callN} takes the receiver and N arguments.
     */
    record ToBuiltinMethod(PyType type, int version, PyStr key, DirectBuiltin impl, CallSites.Method generic,
                           Class<?> attributeless) {
        /**
         * Same method as at linking. A receiver of the linked Java class whose instances carry
         * no attributes of their own ({@code attributeless}, e.g. an exact dict) needs only the
         * type check: an exact class test, then no interface {@code instanceof} (a scan of the
         * class's secondary supers on JDK 17) for the shadowing check.
         */
        private boolean hit(PyObject self) {
            if (self.getClass() == attributeless) {
                return self.type() == type && type.version() == version;
            }
            return MethodCallSite.sameMethod(type, version, key, self);
        }

        PyObject call0(PyObject self) {
            return hit(self) ? impl.call0(self) : generic.call(new PyObject[] {self}, null);
        }

        PyObject call1(PyObject self, PyObject a) {
            return hit(self) ? impl.call1(self, a) : generic.call(new PyObject[] {self, a}, null);
        }

        PyObject call2(PyObject self, PyObject a, PyObject b) {
            return hit(self) ? impl.call2(self, a, b) : generic.call(new PyObject[] {self, a, b}, null);
        }

        PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c) {
            return hit(self) ? impl.call3(self, a, b, c) : generic.call(new PyObject[] {self, a, b, c}, null);
        }
    }

    /** {@code f(args)} where {@code f} was the builtin {@code expected} (bound to {@code self}) with a fixed-arity implementation. */
    record ToBuiltinFunction(PyObject expected, PyObject self, DirectBuiltin impl) {
        PyObject call0(PyObject f) {
            return f == expected ? impl.call0(self) : f.call(NO_ARGS, null);
        }

        PyObject call1(PyObject f, PyObject a) {
            return f == expected ? impl.call1(self, a) : f.call(new PyObject[] {a}, null);
        }

        PyObject call2(PyObject f, PyObject a, PyObject b) {
            return f == expected ? impl.call2(self, a, b) : f.call(new PyObject[] {a, b}, null);
        }

        PyObject call3(PyObject f, PyObject a, PyObject b, PyObject c) {
            return f == expected ? impl.call3(self, a, b, c) : f.call(new PyObject[] {a, b, c}, null);
        }
    }
}

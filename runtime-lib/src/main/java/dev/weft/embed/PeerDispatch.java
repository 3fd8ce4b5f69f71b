package dev.weft.embed;

import dev.weft.runtime.call.PyMethodDescr;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

import java.lang.reflect.Method;

/**
 * What the generated peer classes ({@link JavaSubclasses}) call. Every overridable method of a
 * peer first asks {@link #overridden} whether the Python object defines the method <em>now</em>
 * (through the type's lookup cache, which a class change invalidates, so {@code C.run = f} after
 * the class statement is seen by the next Java call); if so the call goes to Python
 * ({@link #dispatch}), else to the Java superclass's implementation. Java's {@code toString},
 * {@code equals} and {@code hashCode} are Python's {@code str()}, {@code ==} and {@code hash()}
 * when the Python class defines {@code __str__}, {@code __eq__} or {@code __hash__} (or the Java
 * names themselves); an unhashable Python object ({@code __eq__} without {@code __hash__}) makes
 * {@code hashCode()} throw a {@link PythonException} for Python's {@code TypeError}, as a dict
 * would. Not for use by hand-written code.
 */
public final class PeerDispatch {
    private PeerDispatch() { }

    /** Whether a Java call of {@code method} on the peer of {@code self} must run Python code. */
    public static boolean overridden(PyObject self, Method method) {
        if (isDefinedInPython(self, method.getName(), true)) {
            return true;
        }
        String alias = pythonAlias(method);
        return alias != null && isDefinedInPython(self, alias, false);
    }

    /**
     * Calls {@code method.getName()} on {@code self} with the Java arguments; the result is
     * converted to {@code method}'s return type (boxed; null for {@code void}). A Python
     * exception reaches the Java caller as a {@link PythonException}.
     */
    public static Object dispatch(PyObject self, Object peer, Method method, Object[] args) {
        if (self instanceof JavaSubclassInstance d) {
            // a Java superclass constructor may call an overridden method before it returns
            d.adopt(peer);
        }
        return Python.run(() -> {
            String name = method.getName();
            String alias = pythonAlias(method);
            if (alias != null && !isDefinedInPython(self, name, true)) {
                return switch (alias) {
                    case "__str__" -> PythonIdentity.str(self);
                    case "__eq__" -> PythonIdentity.equals(self, args[0]);
                    default -> PythonIdentity.hashCode(self);
                };
            }
            if (!isDefinedInPython(self, name, true)) {
                // only abstract methods dispatch unconditionally
                throw Errors.notImplemented("abstract Java method %s.%s is not implemented by %s",
                        method.getDeclaringClass().getName(), name, self.type().name());
            }
            PyObject[] pyArgs = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                pyArgs[i] = JavaInterop.fromJava(args[i]);
            }
            PyObject result = Attr.getAttr(self, name).call(pyArgs, null);
            Class<?> rt = method.getReturnType();
            if (rt == void.class) {
                return null;
            }
            Object v = JavaInterop.convertArgument(result, rt);
            if (v == JavaInterop.NO_CONVERSION) {
                throw Errors.typeError("%s.%s() must return %s, not %s", self.type().name(), name,
                        rt.getName(), result.type().name());
            }
            return v;
        });
    }

    /** The Python special method standing for {@code toString()}, {@code equals(Object)} or {@code hashCode()}. */
    private static String pythonAlias(Method m) {
        return switch (m.getName()) {
            case "toString" -> m.getParameterCount() == 0 ? "__str__" : null;
            case "hashCode" -> m.getParameterCount() == 0 ? "__hash__" : null;
            case "equals" -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class ? "__eq__" : null;
            default -> null;
        };
    }

    /**
     * Whether {@code name} on {@code self} is found in Python code: a Python class of its MRO
     * (not the type of a Java class, not {@code object}), or, for a plain method name, the
     * instance's own dict.
     */
    static boolean isDefinedInPython(PyObject self, String name, boolean instanceToo) {
        if (instanceToo && self instanceof HasDict h) {
            PyDict d = h.instanceDict();
            if (d != null && d.getItemOrNull(PyStr.intern(name)) != null) {
                return true;
            }
        }
        return isPythonValue(self.type().lookup(name));
    }

    /** Whether a class attribute came from Python code rather than from a Java type or {@code object}. */
    static boolean isPythonValue(PyObject v) {
        if (v == null || v instanceof JavaCallables.JavaMethod || v instanceof JavaCallables.ProtectedMethod
                || v instanceof JavaCallables.JavaField || v instanceof JavaCallables.ProtectedField
                || v instanceof JavaCallables.InaccessibleMember) {
            return false;
        }
        if (v instanceof PyMethodDescr d) {
            PyType owner = d.owner();
            return owner != PyType.OBJECT && JavaTypes.classOf(owner) == null;
        }
        return !(v instanceof PyType t && JavaTypes.classOf(t) != null);
    }
}

package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;

/**
 * What the Java classes the compiler emits for {@code @weft.java_class} call: construct the
 * Python class, call a method, convert the result to the Java return type. Not for use by
 * hand-written code (it is public because the emitted classes live in the user's packages).
 */
public final class JavaFacade {
    private JavaFacade() { }

    /** {@code module.className(*args)}: a new instance of the Python class. */
    public static PythonObject construct(String module, String className, Object[] args) {
        return Python.importModule(module).getAttr(className).call(args);
    }

    /** {@code self.name(*args)} converted to {@code returnType} (boxed; null for void). */
    public static Object call(PythonObject self, String name, Object[] args, Class<?> returnType) {
        return convert(self.invoke(name, args), returnType, name);
    }

    /** {@code module.className.name(*args)} (a static or class method) converted to {@code returnType}. */
    public static Object callStatic(String module, String className, String name, Object[] args,
                                    Class<?> returnType) {
        return convert(Python.importModule(module).getAttr(className).invoke(name, args), returnType, name);
    }

    /** {@code str(self)}. */
    public static String str(PythonObject self) {
        return Python.run(() -> Ops.strString(self.unwrap()));
    }

    /** {@code self == other} in Python ({@link PythonIdentity}): the facade's {@code equals}. */
    public static boolean equals(PythonObject self, Object other) {
        return Python.run(() -> PythonIdentity.equals(self.unwrap(), other));
    }

    /** {@code hash(self)} folded to 32 bits: the facade's {@code hashCode}; unhashable objects throw. */
    public static int hashCode(PythonObject self) {
        return Python.run(() -> PythonIdentity.hashCode(self.unwrap()));
    }

    /** The Python object, for {@link JavaPeer}: a facade passed back to Python is its Python object. */
    public static PyObject pythonSelf(PythonObject self) {
        return self.unwrap();
    }

    /**
     * Whether {@code t} is the Java class emitted for {@code o}'s Python class (or a base of it):
     * the class is marked {@code @weft.java_class} with {@code t}'s name.
     */
    static boolean isFacadeOf(Class<?> t, PyObject o) {
        if (!JavaPeer.class.isAssignableFrom(t) || t.isInterface()) {
            return false;
        }
        for (dev.weft.runtime.core.PyType k : o.type().mro()) {
            if (k.instanceDict().getItemOrNull(dev.weft.runtime.types.PyStr.intern("__weft_java_class__"))
                    instanceof dev.weft.runtime.types.PyStr name && name.value().equals(t.getName())) {
                return true;
            }
        }
        return false;
    }

    /** {@code o} as an instance of its emitted Java class {@code t} ({@code t.weft$wrap}). */
    static Object wrap(Class<?> t, PyObject o) {
        try {
            return t.getMethod("weft$wrap", PythonObject.class).invoke(null, new PythonObject(o));
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw JavaInterop.toPythonException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw Errors.typeError("cannot convert %s to Java %s: %s", o.type().name(), t.getName(), e);
        }
    }

    private static Object convert(PythonObject result, Class<?> returnType, String name) {
        if (returnType == void.class) {
            return null;
        }
        PyObject r = result.unwrap();
        Object v = JavaInterop.convertArgument(r, returnType);
        if (v == JavaInterop.NO_CONVERSION) {
            throw new PythonException(Errors.typeError("%s() returned %s, which does not convert to Java %s", name,
                    r.type().name(), returnType.getName()));
        }
        return v;
    }
}

package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * The body of a compiled Python function: a direct handle on its static method
 * {@code (PyFunction fn, PyObject[] frame)PyObject}, one per code object (a dynamic constant of
 * the generated class). Call sites that link to the function invoke {@link #target} itself (a
 * static call the JIT inlines, with no interface dispatch or lambda in between); the generic
 * call path goes through {@link #invoke}.
 */
public final class CompiledBody implements FunctionBody {
    public static final MethodType TYPE = MethodType.methodType(PyObject.class, PyFunction.class, PyObject[].class);

    public final MethodHandle target;

    public CompiledBody(MethodHandle target) {
        if (!target.type().equals(TYPE)) {
            throw new IllegalArgumentException("function body of type " + target.type());
        }
        this.target = target;
    }

    @Override
    public PyObject invoke(PyFunction fn, PyObject[] frame) {
        try {
            return (PyObject) target.invokeExact(fn, frame);
        } catch (Throwable t) {
            throw CompiledBody.<RuntimeException>rethrow(t);
        }
    }

    /** Rethrows what the body threw (Python exceptions, errors) as it is. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable t) throws T {
        throw (T) t;
    }
}

package dev.weft.embed;

import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.ModuleFinder;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Java objects in Python: wrapping and unwrapping, argument conversion for reflective calls,
 * Java exceptions as Python ones, and {@code import java.util} ({@link JavaPackages}).
 *
 * <p>Values crossing from Java into Python code (method results, field values, iteration) are
 * Python values for {@code null}, booleans, numbers, characters and strings; every other object
 * (collections included) stays a Java object, so mutations through either side are seen by both.
 * Arguments passed from Python to Java convert to the parameter type; a {@code list},
 * {@code tuple} or {@code dict} passed where a {@code List}/{@code Map}/array is expected is copied.
 */
public final class JavaInterop {
    private JavaInterop() { }

    /** Returned by {@link #convertArgument} when the value does not convert. */
    static final Object NO_CONVERSION = new Object();

    private static final JavaPackages PACKAGES = new JavaPackages();

    /** Makes Java classes visible through {@code loader} importable from Python. */
    public static void addClassLoader(ClassLoader loader) {
        PACKAGES.addClassLoader(loader);
    }

    /** The finder that makes {@code import java.util}, {@code from java.util import ArrayList} work. */
    public static ModuleFinder packageFinder() {
        return PACKAGES;
    }

    /** A Java object as a Python object (a Java-class type instance); the Class of a class is its Python type. */
    static PyObject wrap(Object o) {
        if (o instanceof Class<?> c) {
            return JavaTypes.typeOf(c);
        }
        if (o instanceof JavaPeer peer) {
            return peer.weft$pythonSelf();
        }
        PyObject python = JavaProxies.pythonTarget(o);
        if (python != null) {
            return python;
        }
        return new JavaObject(o, JavaTypes.typeOf(o.getClass()));
    }

    /** The Java object behind a wrapper (or the Class behind a Java type); null for other Python objects. */
    static Object unwrap(PyObject o) {
        if (o instanceof JavaObject j) {
            return j.target();
        }
        if (o instanceof PyType t) {
            return JavaTypes.classOf(t);
        }
        return null;
    }

    /** A Java value entering Python code: scalars become Python values, other objects are wrapped. */
    static PyObject fromJava(Object o) {
        if (o == null) {
            return PyNone.NONE;
        }
        if (o instanceof String || o instanceof Boolean || o instanceof Integer || o instanceof Long
                || o instanceof Short || o instanceof Byte || o instanceof BigInteger || o instanceof Double
                || o instanceof Float || o instanceof Character) {
            return Conversions.toPython(o);
        }
        if (o instanceof PythonObject p) {
            return p.unwrap();
        }
        if (o instanceof PyObject p) {
            return p;
        }
        return wrap(o);
    }

    /** A Python value handed to Java where any object is accepted (collection elements, map keys). */
    static Object toJavaValue(PyObject o) {
        Object j = unwrap(o);
        return j != null ? j : Conversions.toJava(o);
    }

    /** Runs Java code called from Python: Java exceptions become Python exceptions. */
    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw toPythonException(e);
        }
    }

    /**
     * A Java exception thrown into Python code: a {@link PythonException} gives back its Python
     * exception; others map to the closest builtin ({@code IndexError}, {@code KeyError} is not
     * used, {@code ValueError}, {@code TypeError}, {@code ZeroDivisionError}, ...) with a message
     * naming the Java exception class.
     */
    static PyException toPythonException(Throwable t) {
        if (t instanceof PythonException p) {
            return p.exception().unwrap() instanceof dev.weft.runtime.exc.PyBaseException b ? b.toThrow()
                    : Errors.runtimeError("%s", p.getMessage());
        }
        if (t instanceof PyException p) {
            return p;
        }
        PyType type;
        if (t instanceof IndexOutOfBoundsException || t instanceof java.util.NoSuchElementException) {
            type = t instanceof IndexOutOfBoundsException ? ExceptionTypes.IndexError : ExceptionTypes.LookupError;
        } else if (t instanceof IllegalArgumentException) {
            type = ExceptionTypes.ValueError;
        } else if (t instanceof ClassCastException || t instanceof NullPointerException
                || t instanceof ArrayStoreException) {
            type = ExceptionTypes.TypeError;
        } else if (t instanceof ArithmeticException) {
            type = ExceptionTypes.ZeroDivisionError;
        } else if (t instanceof UnsupportedOperationException) {
            type = ExceptionTypes.NotImplementedError;
        } else if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
            type = ExceptionTypes.OSError;
        } else if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
            return Errors.wrap(t);
        } else {
            type = ExceptionTypes.RuntimeError;
        }
        String msg = t.getMessage();
        return Errors.make(type, "%s", t.getClass().getName() + (msg == null ? "" : ": " + msg));
    }

    /**
     * The cost of converting {@code o} for a parameter of type {@code t}: 0 exact, small numbers
     * for widening or copying, {@link Integer#MAX_VALUE} when it does not convert.
     */
    static int conversionCost(PyObject o, Class<?> t) {
        final int no = Integer.MAX_VALUE;
        if (o == PyNone.NONE) {
            return t.isPrimitive() ? no : 1;
        }
        Object java = unwrap(o);
        if (java != null) {
            if (o instanceof PyType && t == Class.class) {
                return 0;
            }
            if (t.isInstance(java)) {
                return java.getClass() == t ? 0 : 1;
            }
            return no;
        }
        if (t == PyObject.class || t == PythonObject.class) {
            return 3;
        }
        if (o instanceof PyBool) {
            return t == boolean.class || t == Boolean.class ? 0 : t == Object.class ? 2 : no;
        }
        if (o instanceof PyInt i) {
            boolean fits = i.fitsLong();
            long v = fits ? i.longValue() : 0;
            if (t == long.class || t == Long.class) {
                return fits ? 0 : no;
            }
            if (t == int.class || t == Integer.class) {
                return fits && v == (int) v ? 0 : no;
            }
            if (t == short.class || t == Short.class) {
                return fits && v == (short) v ? 1 : no;
            }
            if (t == byte.class || t == Byte.class) {
                return fits && v == (byte) v ? 1 : no;
            }
            if (t == BigInteger.class) {
                return 1;
            }
            if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
                return 4;
            }
            return t == Object.class || t == Number.class ? 2 : no;
        }
        if (o instanceof PyFloat) {
            if (t == double.class || t == Double.class) {
                return 0;
            }
            if (t == float.class || t == Float.class) {
                return 1;
            }
            return t == Object.class || t == Number.class ? 2 : no;
        }
        if (o instanceof PyStr s) {
            if (t == String.class || t == CharSequence.class) {
                return 0;
            }
            if ((t == char.class || t == Character.class) && s.value().length() == 1) {
                return 1;
            }
            return t == Object.class ? 2 : no;
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            if (t == List.class || t == Collection.class || t == Iterable.class) {
                return o instanceof PyList ? 1 : 2;
            }
            if (t.isArray()) {
                return 2;
            }
            return t == Object.class ? 3 : no;
        }
        if (o instanceof PyDict) {
            return t == Map.class ? 1 : t == Object.class ? 3 : no;
        }
        if (JavaFacade.isFacadeOf(t, o)) {
            return 0;
        }
        if (t.isInterface()) {
            if (JavaTypes.interfacesOf(o.type()).stream().anyMatch(t::isAssignableFrom)) {
                return 0;
            }
            if (JavaProxies.isFunctional(t) && Protocols.isCallable(o)) {
                return o instanceof PyFunction ? 3 : 4;
            }
            return no;
        }
        return t == Object.class ? 5 : no;
    }

    /** {@code o} converted for a parameter of type {@code t}, or {@link #NO_CONVERSION}. */
    static Object convertArgument(PyObject o, Class<?> t) {
        if (conversionCost(o, t) == Integer.MAX_VALUE) {
            return NO_CONVERSION;
        }
        if (o == PyNone.NONE) {
            return null;
        }
        Object java = unwrap(o);
        if (java != null) {
            return java;
        }
        if (t == PyObject.class) {
            return o;
        }
        if (t == PythonObject.class) {
            return new PythonObject(o);
        }
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (o instanceof PyInt i) {
            if (t == long.class || t == Long.class) {
                return i.longValue();
            }
            if (t == int.class || t == Integer.class) {
                return (int) i.longValue();
            }
            if (t == short.class || t == Short.class) {
                return (short) i.longValue();
            }
            if (t == byte.class || t == Byte.class) {
                return (byte) i.longValue();
            }
            if (t == BigInteger.class) {
                return i.bigValue();
            }
            if (t == double.class || t == Double.class) {
                return i.bigValue().doubleValue();
            }
            if (t == float.class || t == Float.class) {
                return i.bigValue().floatValue();
            }
            return i.fitsLong() ? (Object) i.longValue() : i.bigValue();
        }
        if (o instanceof PyFloat f) {
            return t == float.class || t == Float.class ? (Object) (float) f.value : (Object) f.value;
        }
        if (o instanceof PyStr s) {
            return t == char.class || t == Character.class ? (Object) s.value().charAt(0) : s.value();
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            PyObject[] items = Protocols.toArray(o);
            if (t.isArray()) {
                Class<?> component = t.getComponentType();
                Object array = Array.newInstance(component, items.length);
                for (int i = 0; i < items.length; i++) {
                    Object v = convertArgument(items[i], component);
                    if (v == NO_CONVERSION) {
                        return NO_CONVERSION;
                    }
                    Array.set(array, i, v);
                }
                return array;
            }
            List<Object> out = new ArrayList<>(items.length);
            for (PyObject x : items) {
                out.add(toJavaValue(x));
            }
            return out;
        }
        if (o instanceof PyDict d) {
            Map<Object, Object> out = new LinkedHashMap<>();
            PyObject[][] kv = d.snapshot();
            for (int i = 0; i < kv[0].length; i++) {
                out.put(toJavaValue(kv[0][i]), toJavaValue(kv[1][i]));
            }
            return out;
        }
        if (JavaFacade.isFacadeOf(t, o)) {
            return JavaFacade.wrap(t, o);
        }
        if (t.isInterface()) {
            return JavaProxies.proxy(o, t);
        }
        List<Class<?>> ifaces = JavaTypes.interfacesOf(o.type());
        if (!ifaces.isEmpty()) {
            return JavaProxies.proxy(o, ifaces.toArray(new Class<?>[0]));
        }
        return new PythonObject(o);
    }

    /** A proxy implementing {@code iface} over a Python object or function. */
    static Object proxy(PyObject o, Class<?> iface) {
        return JavaProxies.proxy(o, iface);
    }
}

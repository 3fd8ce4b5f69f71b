package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Python objects handed to Java as interface implementations ({@link Proxy}): a Python function
 * for a functional interface (its single abstract method calls the function, e.g. a lambda as a
 * {@code Comparator} or {@code Runnable}), or an object whose methods of the same names implement
 * the interface (a Python class deriving from {@code Runnable} given to an {@code ExecutorService}).
 * Arguments enter Python as {@link JavaInterop#fromJava} describes; results convert to the
 * method's return type; a Python exception reaches the Java caller as a {@link PythonException}.
 * A method the Python object lacks runs the interface's default method, or raises
 * {@code NotImplementedError}. {@code equals}, {@code hashCode} and {@code toString} are Python's
 * {@code ==}, {@code hash()} and {@code str()} ({@link PythonIdentity}).
 */
final class JavaProxies {
    private JavaProxies() { }

    /** Whether {@code c} is an interface with exactly one abstract method. */
    static boolean isFunctional(Class<?> c) {
        return c.isInterface() && singleAbstractMethod(c) != null;
    }

    static Method singleAbstractMethod(Class<?> c) {
        if (!c.isInterface()) {
            return null;
        }
        Method found = null;
        for (Method m : c.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null && !(found.getName().equals(m.getName())
                    && java.util.Arrays.equals(found.getParameterTypes(), m.getParameterTypes()))) {
                return null;
            }
            found = m;
        }
        return found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    static Object proxy(PyObject target, Class<?>... requested) {
        Set<Class<?>> ifaces = new LinkedHashSet<>(java.util.List.of(requested));
        ifaces.addAll(JavaTypes.interfacesOf(target.type()));
        ClassLoader loader = requested[0].getClassLoader();
        if (loader == null) {
            loader = JavaProxies.class.getClassLoader();
        }
        return Proxy.newProxyInstance(loader, ifaces.toArray(new Class<?>[0]), new Handler(target));
    }

    /** The Python object behind a proxy made here, or null. */
    static PyObject pythonTarget(Object o) {
        if (o != null && Proxy.isProxyClass(o.getClass()) && Proxy.getInvocationHandler(o) instanceof Handler h) {
            return h.target;
        }
        return null;
    }

    private static final class Handler implements InvocationHandler {
        final PyObject target;

        Handler(PyObject target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object[] a = args == null ? new Object[0] : args;
            if (method.getDeclaringClass() == Object.class) {
                // Python's ==, hash() and str() (PythonIdentity), unless the object defines the Java names
                if (!PeerDispatch.isDefinedInPython(target, method.getName(), true)) {
                    return Python.run(() -> switch (method.getName()) {
                        case "equals" -> PythonIdentity.equals(target, a[0]);
                        case "hashCode" -> PythonIdentity.hashCode(target);
                        default -> PythonIdentity.str(target);
                    });
                }
            }
            PyObject[] pyArgs = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                pyArgs[i] = JavaInterop.fromJava(a[i]);
            }
            PyObject result = Python.run(() -> {
                PyObject attr = Attr.getAttrOrNull(target, method.getName());
                if (attr != null && !(attr instanceof JavaCallables.JavaMethod)) {
                    return attr.call(pyArgs, null);
                }
                if (method.isDefault()) {
                    return null;
                }
                Method sam = singleAbstractMethod(method.getDeclaringClass());
                if (sam != null && sam.getName().equals(method.getName())
                        && dev.weft.runtime.ops.Protocols.isCallable(target)) {
                    return target.call(pyArgs, null);
                }
                throw dev.weft.runtime.exc.Errors.notImplemented("%s object does not implement %s.%s",
                        target.type().name(), method.getDeclaringClass().getName(), method.getName());
            });
            if (result == null) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Class<?> rt = method.getReturnType();
            if (rt == void.class) {
                return null;
            }
            Object v = JavaInterop.convertArgument(result, rt);
            if (v == JavaInterop.NO_CONVERSION) {
                throw new PythonException(dev.weft.runtime.exc.Errors.typeError(
                        "%s.%s must return %s, not %s", method.getDeclaringClass().getSimpleName(), method.getName(),
                        rt.getName(), result.type().name()));
            }
            return v;
        }
    }
}

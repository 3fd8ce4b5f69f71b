package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated peer class ({@link JavaSubclasses}) and what the runtime needs to use it: its
 * constructors (one per public or protected constructor of the Java superclass, with the Python
 * object as an extra first argument), the names of the methods it sends to Python, its
 * {@code super$} bridges, its protected-field accessors (static fields too) and its
 * {@code static$} bridges to protected static methods.
 */
final class PeerClass {
    final Class<?> javaSuperclass;
    final Class<?> peer;
    private final Set<String> dispatchedNames;
    private final List<Constructor<?>> superConstructors;
    private final Map<Constructor<?>, Constructor<?>> peerConstructors = new HashMap<>();
    private final Map<String, List<Method>> bridges = new HashMap<>();
    private final Map<String, List<Method>> staticBridges = new HashMap<>();
    private final Map<String, Method> getters = new HashMap<>();
    private final Map<String, Method> setters = new HashMap<>();

    /** The marker for "no Java superclass". */
    PeerClass() {
        javaSuperclass = null;
        peer = null;
        dispatchedNames = Set.of();
        superConstructors = List.of();
    }

    PeerClass(Class<?> javaSuperclass, Class<?> peer, Set<String> dispatchedNames, List<Constructor<?>> ctors,
              Set<String> bridged, Map<String, Field> protectedFields) throws NoSuchMethodException {
        this.javaSuperclass = javaSuperclass;
        this.peer = peer;
        this.dispatchedNames = Set.copyOf(dispatchedNames);
        this.superConstructors = JavaCallables.sorted(ctors);
        for (Constructor<?> c : ctors) {
            Class<?>[] params = c.getParameterTypes();
            Class<?>[] withSelf = new Class<?>[params.length + 1];
            withSelf[0] = PyObject.class;
            System.arraycopy(params, 0, withSelf, 1, params.length);
            peerConstructors.put(c, peer.getConstructor(withSelf));
        }
        for (Method m : peer.getMethods()) {
            String n = m.getName();
            if (n.startsWith("super$") && bridged.contains(n.substring(6))) {
                bridges.computeIfAbsent(n.substring(6), k -> new ArrayList<>()).add(m);
            } else if (n.startsWith("static$")) {
                staticBridges.computeIfAbsent(n.substring(7), k -> new ArrayList<>()).add(m);
            }
        }
        for (Field f : protectedFields.values()) {
            getters.put(f.getName(), peer.getMethod("get$" + f.getName()));
            try {
                setters.put(f.getName(), peer.getMethod("set$" + f.getName(), f.getType()));
            } catch (NoSuchMethodException e) {
                // final field: read only
            }
        }
    }

    /** Whether the Java superclass's {@code toString} is {@code Object.toString} (a class name and hash). */
    boolean hasObjectToString() {
        try {
            return javaSuperclass.getMethod("toString").getDeclaringClass() == Object.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    /** Whether Java calls of {@code name} on a peer go to Python (so a super call must use the bridge). */
    boolean dispatches(String name) {
        return dispatchedNames.contains(name);
    }

    /** The {@code super$name} bridges (empty when every method of that name is abstract). */
    List<Method> bridges(String name) {
        return bridges.getOrDefault(name, List.of());
    }

    /** The {@code static$name} bridges to the protected static methods {@code name} of the superclasses. */
    List<Method> staticBridges(String name) {
        return staticBridges.getOrDefault(name, List.of());
    }

    /**
     * {@code peerObject.name(args)} as the Java superclass implements it: through the
     * {@code super$} bridge (a virtual call when there is none: the method is final, so Python
     * cannot override it). Used where Python reaches Java's {@code equals}, {@code hashCode},
     * {@code toString} through the protocols ({@code ==}, {@code hash()}, {@code str()}), which
     * a Python override of {@code __eq__} may call through {@code super()}.
     */
    Object callSuper(Object peerObject, String name, Object... args) {
        for (Method m : bridges(name)) {
            if (m.getParameterCount() == args.length) {
                return callAccessor(m, peerObject, args);
            }
        }
        try {
            Class<?>[] types = new Class<?>[args.length];
            java.util.Arrays.fill(types, Object.class);
            return callAccessor(javaSuperclass.getMethod(name, types), peerObject, args);
        } catch (NoSuchMethodException e) {
            throw Errors.typeError("Java class %s has no method %s", javaSuperclass.getName(), name);
        }
    }

    /** Whether the peer has accessors for protected field {@code name} (static or not). */
    boolean hasField(String name) {
        return getters.containsKey(name);
    }

    boolean hasNoArgConstructor() {
        return superConstructors.stream().anyMatch(c -> c.getParameterCount() == 0);
    }

    /** A new peer for {@code self}, through the superclass constructor that best accepts {@code args}. */
    Object construct(PyObject self, PyObject[] args, String[] kwnames) {
        JavaCallables.Selection s = JavaCallables.select(javaSuperclass.getSimpleName(), superConstructors, args,
                kwnames);
        Object[] withSelf = new Object[s.arguments().length + 1];
        withSelf[0] = self;
        System.arraycopy(s.arguments(), 0, withSelf, 1, s.arguments().length);
        try {
            return peerConstructors.get((Constructor<?>) s.chosen()).newInstance(withSelf);
        } catch (InvocationTargetException e) {
            throw JavaInterop.toPythonException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw Errors.typeError("cannot construct Java class %s: %s", javaSuperclass.getName(), e);
        }
    }

    /** The value of protected field {@code name} of {@code peerObject} (ignored, may be null, for a static field). */
    Object getField(Object peerObject, String name) {
        return callAccessor(getters.get(name), peerObject);
    }

    /** Sets protected field {@code name}; false when it is final. */
    boolean setField(Object peerObject, String name, Object value) {
        Method setter = setters.get(name);
        if (setter == null) {
            return false;
        }
        callAccessor(setter, peerObject, value);
        return true;
    }

    private static Object callAccessor(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw JavaInterop.toPythonException(e.getCause());
        } catch (IllegalAccessException e) {
            throw Errors.typeError("cannot access Java field: %s", e.getMessage());
        }
    }
}

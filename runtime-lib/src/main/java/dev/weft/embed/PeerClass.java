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
 * {@code super$} bridges and its protected-field accessors.
 */
final class PeerClass {
    final Class<?> javaSuperclass;
    final Class<?> peer;
    private final Set<String> dispatchedNames;
    private final List<Constructor<?>> superConstructors;
    private final Map<Constructor<?>, Constructor<?>> peerConstructors = new HashMap<>();
    private final Map<String, List<Method>> bridges = new HashMap<>();
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

    /** Whether the peer's {@code toString} is {@code Object.toString} (neither Python nor the superclass defines one). */
    boolean hasObjectToString() {
        try {
            return peer.getMethod("toString").getDeclaringClass() == Object.class;
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

    /** The value of protected field {@code name} of {@code peerObject}. */
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

package dev.weft.embed;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Java methods, constructors and fields as Python objects. A call picks the overload whose
 * parameters accept the arguments with the cheapest conversions ({@link JavaInterop#conversionCost});
 * overloads are tried in a fixed order (by signature), so the choice does not depend on the
 * order reflection lists them.
 */
final class JavaCallables {
    private JavaCallables() { }

    static final PyType METHOD_TYPE = new PyType("java_method", JavaMethod.class, PyType.OBJECT, t -> { },
            PyType.IMMUTABLE);
    static final PyType BOUND_METHOD_TYPE = new PyType("java_bound_method", BoundJavaMethod.class, PyType.OBJECT,
            t -> { }, PyType.IMMUTABLE);
    static final PyType FIELD_TYPE = new PyType("java_field", JavaField.class, PyType.OBJECT, t -> { },
            PyType.IMMUTABLE);

    static <E extends Executable> List<E> sorted(List<E> overloads) {
        List<E> out = new ArrayList<>(overloads);
        out.sort(Comparator.comparing(Executable::toGenericString));
        return out;
    }

    /**
     * Calls the best overload: {@code receiver} is the object for instance methods (null for
     * static calls and constructors); {@code args} are the Python arguments.
     */
    static PyObject invoke(String what, List<? extends Executable> overloads, Object receiver, PyObject[] args,
                           String[] kwnames) {
        Selection s = select(what, overloads, args, kwnames);
        try {
            Object result;
            if (s.chosen() instanceof Method m) {
                result = m.invoke(Modifier.isStatic(m.getModifiers()) ? null : receiver, s.arguments());
                if (m.getReturnType() == void.class) {
                    return dev.weft.runtime.types.PyNone.NONE;
                }
            } else {
                result = ((Constructor<?>) s.chosen()).newInstance(s.arguments());
            }
            return JavaInterop.fromJava(result);
        } catch (java.lang.reflect.InvocationTargetException ex) {
            throw JavaInterop.toPythonException(ex.getCause());
        } catch (IllegalAccessException | InstantiationException ex) {
            throw Errors.typeError("cannot call Java %s: %s", what, ex.getMessage());
        }
    }

    /** The overload chosen for a call and the arguments converted for it. */
    record Selection(Executable chosen, Object[] arguments) { }

    /** The overload whose parameters accept {@code args} most cheaply; TypeError if none does. */
    static Selection select(String what, List<? extends Executable> overloads, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments (Java methods take positional arguments only)",
                    what);
        }
        Executable best = null;
        Object[] bestArgs = null;
        int bestCost = Integer.MAX_VALUE;
        for (Executable e : overloads) {
            Class<?>[] params = e.getParameterTypes();
            PyObject[] actual = args;
            int cost = costOf(actual, params);
            if (cost == Integer.MAX_VALUE && e.isVarArgs() && args.length >= params.length - 1) {
                // f(a, *rest) for a Java varargs method: the trailing arguments become the array.
                actual = packVarArgs(args, params.length);
                cost = costOf(actual, params);
                if (cost != Integer.MAX_VALUE) {
                    cost += 1;
                }
            }
            if (cost < bestCost) {
                Object[] converted = new Object[actual.length];
                for (int i = 0; i < actual.length; i++) {
                    converted[i] = JavaInterop.convertArgument(actual[i], params[i]);
                }
                best = e;
                bestArgs = converted;
                bestCost = cost;
            }
        }
        if (best == null) {
            throw noOverload(what, overloads, args);
        }
        return new Selection(best, bestArgs);
    }

    private static int costOf(PyObject[] args, Class<?>[] params) {
        if (params.length != args.length) {
            return Integer.MAX_VALUE;
        }
        int cost = 0;
        for (int i = 0; i < args.length; i++) {
            int c = JavaInterop.conversionCost(args[i], params[i]);
            if (c == Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
            cost += c;
        }
        return cost;
    }

    private static PyObject[] packVarArgs(PyObject[] args, int paramCount) {
        PyObject[] out = new PyObject[paramCount];
        System.arraycopy(args, 0, out, 0, paramCount - 1);
        PyObject[] rest = new PyObject[args.length - (paramCount - 1)];
        System.arraycopy(args, paramCount - 1, rest, 0, rest.length);
        out[paramCount - 1] = dev.weft.runtime.types.PyTuple.of(rest);
        return out;
    }

    private static RuntimeException noOverload(String what, List<? extends Executable> overloads, PyObject[] args) {
        StringBuilder given = new StringBuilder();
        for (PyObject a : args) {
            given.append(given.length() == 0 ? "" : ", ").append(a.type().name());
        }
        StringBuilder known = new StringBuilder();
        for (Executable e : overloads) {
            known.append("\n  ").append(signature(e));
        }
        return Errors.typeError("no Java overload of %s accepts (%s); overloads:%s", what, given, known);
    }

    private static String signature(Executable e) {
        StringBuilder sb = new StringBuilder(e instanceof Constructor ? e.getDeclaringClass().getSimpleName() : e.getName());
        sb.append('(');
        Class<?>[] p = e.getParameterTypes();
        for (int i = 0; i < p.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(p[i].getSimpleName());
        }
        return sb.append(')').toString();
    }

    /** The methods of one name of a Java class (static and instance). */
    static final class JavaMethod extends PyObject implements Descriptor {
        final String name;
        final String owner;
        final List<Method> overloads;
        private final List<Method> statics;

        JavaMethod(String owner, String name, List<Method> overloads) {
            this.owner = owner;
            this.name = name;
            this.overloads = sorted(overloads);
            this.statics = this.overloads.stream().filter(m -> Modifier.isStatic(m.getModifiers())).toList();
        }

        @Override
        public PyType type() {
            return METHOD_TYPE;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj instanceof JavaSubclassInstance d && d.peerClass().dispatches(name)
                    && PeerDispatch.isDefinedInPython(obj, name, true)) {
                // reached although the Python class overrides it: super().name; otherwise a
                // virtual call (k.equals(o) is Python's == when the class defines __eq__)
                return new BoundJavaMethod(owner, name, d.peerClass().bridges(name), d.target());
            }
            return obj instanceof JavaObject j ? new BoundJavaMethod(owner, name, overloads, j.target()) : this;
        }

        /** Through the class: a static method, or an instance method with the receiver first. */
        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (!statics.isEmpty() && statics.stream().anyMatch(m -> m.getParameterCount() == args.length
                    || m.isVarArgs() && args.length >= m.getParameterCount() - 1)) {
                return invoke(owner + "." + name, statics, null, args, kwnames);
            }
            if (args.length > 0) {
                Object receiver = JavaInterop.unwrap(args[0]);
                if (receiver != null) {
                    PyObject[] rest = new PyObject[args.length - 1];
                    System.arraycopy(args, 1, rest, 0, rest.length);
                    if (args[0] instanceof JavaSubclassInstance d && d.peerClass().dispatches(name)) {
                        return new BoundJavaMethod(owner, name, d.peerClass().bridges(name), receiver).call(rest,
                                kwnames);
                    }
                    List<Method> instance = overloads.stream()
                            .filter(m -> !Modifier.isStatic(m.getModifiers())
                                    && m.getDeclaringClass().isInstance(receiver)).toList();
                    return invoke(owner + "." + name, instance, receiver, rest, kwnames);
                }
            }
            return invoke(owner + "." + name, statics, null, args, kwnames);
        }

        @Override
        public String toString() {
            return "<java method " + owner + "." + name + ">";
        }
    }

    /** Methods of one name bound to their Java receiver. */
    static final class BoundJavaMethod extends PyObject {
        private final String owner;
        private final String name;
        private final List<Method> overloads;
        private final Object receiver;

        BoundJavaMethod(String owner, String name, List<Method> overloads, Object receiver) {
            this.owner = owner;
            this.name = name;
            this.overloads = overloads;
            this.receiver = receiver;
        }

        @Override
        public PyType type() {
            return BOUND_METHOD_TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (overloads.isEmpty()) {
                throw Errors.notImplemented("abstract Java method %s.%s is not implemented by %s", owner, name,
                        JavaInterop.wrap(receiver).type().name());
            }
            return invoke(owner + "." + name, overloads, receiver, args, kwnames);
        }
    }

    /**
     * The peer of the Python subclass through which a protected member is reached: the class of
     * instance {@code obj}, or class {@code type} when it is a Python class extending a Java
     * class; null when reached through the Java class itself or a non-subclass.
     */
    private static PeerClass peerOf(PyObject obj, PyType type) {
        if (obj instanceof JavaSubclassInstance d) {
            return d.peerClass();
        }
        if (obj == null && type != null && JavaTypes.classOf(type) == null) {
            return JavaSubclasses.peerFor(type);
        }
        return null;
    }

    private static RuntimeException notReachable(String what, String owner, String name, boolean isStatic) {
        return Errors.attributeError("Java %s %s.%s is protected: only Python subclasses of %s can use it%s", what,
                owner, name, owner, isStatic ? " (through the subclass or its instances, e.g. cls." + name
                        + " or self." + name + ", not through " + owner.substring(owner.lastIndexOf('.') + 1) + ")"
                        : "");
    }

    /**
     * A protected method of a Java class: callable on instances of Python classes extending it
     * (through the peer's {@code super$} bridge), not on other Java objects. A protected static
     * method is callable through such a class or its instances (the peer's {@code static$} bridge).
     */
    static final class ProtectedMethod extends PyObject implements Descriptor {
        private final String owner;
        private final String name;
        private final boolean isStatic;

        ProtectedMethod(String owner, String name, boolean isStatic) {
            this.owner = owner;
            this.name = name;
            this.isStatic = isStatic;
        }

        @Override
        public PyType type() {
            return METHOD_TYPE;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (isStatic) {
                PeerClass p = peerOf(obj, type);
                if (p == null || p.staticBridges(name).isEmpty()) {
                    throw notReachable("method", owner, name, true);
                }
                return new BoundJavaMethod(owner, name, p.staticBridges(name), null);
            }
            if (obj == null) {
                return this;
            }
            if (obj instanceof JavaSubclassInstance d) {
                return new BoundJavaMethod(owner, name, d.peerClass().bridges(name), d.target());
            }
            throw notReachable("method", owner, name, false);
        }

        /** {@code JavaClass.m(self, args)}: the Java implementation, for an instance of a Python subclass. */
        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (!isStatic && args.length > 0 && args[0] instanceof JavaSubclassInstance d) {
                PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
                return new BoundJavaMethod(owner, name, d.peerClass().bridges(name), d.target()).call(rest, kwnames);
            }
            throw notReachable("method", owner, name, isStatic);
        }
    }

    /**
     * A protected field: a data descriptor on instances of Python classes extending its class;
     * a static one also on such classes ({@code cls.COUNT}, {@code Sub.COUNT = 3} through the
     * metatype).
     */
    static final class ProtectedField extends PyObject implements Descriptor {
        private final Field field;

        ProtectedField(Field field) {
            this.field = field;
        }

        @Override
        public PyType type() {
            return FIELD_TYPE;
        }

        boolean isStaticField() {
            return Modifier.isStatic(field.getModifiers());
        }

        private PeerClass peer(PyObject obj, PyType type) {
            PeerClass p = peerOf(obj, type);
            if (p == null || !p.hasField(field.getName())) {
                throw notReachable("field", field.getDeclaringClass().getName(), field.getName(), isStaticField());
            }
            return p;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null && !isStaticField()) {
                return this;
            }
            PeerClass p = peer(obj, type);
            Object target = isStaticField() ? null : ((JavaSubclassInstance) obj).target();
            return JavaInterop.fromJava(p.getField(target, field.getName()));
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            assign(peer(obj, null), isStaticField() ? null : ((JavaSubclassInstance) obj).target(), value);
        }

        /** {@code cls.name = value} for a static field, through Python subclass {@code cls}. */
        void setStatic(PyType cls, PyObject value) {
            assign(peer(null, cls), null, value);
        }

        private void assign(PeerClass p, Object target, PyObject value) {
            Object v = JavaInterop.convertArgument(value, field.getType());
            if (v == JavaInterop.NO_CONVERSION) {
                throw Errors.typeError("cannot assign %s to Java field %s of type %s", value.type().name(),
                        field.getName(), field.getType().getName());
            }
            if (!p.setField(target, field.getName(), v)) {
                throw Errors.attributeError("Java field '%s' of '%s' is final", field.getName(),
                        field.getDeclaringClass().getName());
            }
        }

        @Override
        public void delete(PyObject obj) {
            throw Errors.attributeError("cannot delete Java field '%s'", field.getName());
        }
    }

    /**
     * A package-private or private member of a Java class: never reachable from Python (Python
     * code is in no Java package), and saying so instead of "has no attribute". A non-data
     * descriptor, so an instance attribute of the same name (a Python subclass's) wins.
     */
    static final class InaccessibleMember extends PyObject implements Descriptor {
        private final String owner;
        private final String name;
        private final String kind;

        InaccessibleMember(String owner, String name, String kind) {
            this.owner = owner;
            this.name = name;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return METHOD_TYPE;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            throw Errors.attributeError("Java member %s.%s is %s: Python code can use public members, and protected "
                    + "ones from Python subclasses", owner, name, kind);
        }
    }

    /** A public field: a data descriptor (static fields read through the class too). */
    static final class JavaField extends PyObject implements Descriptor {
        private final Field field;

        JavaField(Field field) {
            this.field = field;
        }

        @Override
        public PyType type() {
            return FIELD_TYPE;
        }

        private boolean isStatic() {
            return Modifier.isStatic(field.getModifiers());
        }

        boolean isStaticField() {
            return isStatic();
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (!isStatic() && !(obj instanceof JavaObject)) {
                return this;
            }
            try {
                return JavaInterop.fromJava(field.get(isStatic() ? null : ((JavaObject) obj).target()));
            } catch (IllegalAccessException e) {
                throw Errors.attributeError("cannot read Java field %s: %s", field.getName(), e.getMessage());
            }
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            if (Modifier.isFinal(field.getModifiers())) {
                throw Errors.attributeError("Java field '%s' of '%s' is final", field.getName(),
                        field.getDeclaringClass().getName());
            }
            Object v = JavaInterop.convertArgument(value, field.getType());
            if (v == JavaInterop.NO_CONVERSION) {
                throw Errors.typeError("cannot assign %s to Java field %s of type %s", value.type().name(),
                        field.getName(), field.getType().getName());
            }
            try {
                field.set(isStatic() ? null : ((JavaObject) obj).target(), v);
            } catch (IllegalAccessException e) {
                throw Errors.attributeError("cannot write Java field %s: %s", field.getName(), e.getMessage());
            }
        }

        @Override
        public void delete(PyObject obj) {
            throw Errors.attributeError("cannot delete Java field '%s'", field.getName());
        }
    }
}

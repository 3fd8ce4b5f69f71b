package dev.weft.embed;

import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Python type of a Java class, made once per class: a class whose attributes are the Java
 * class's public methods, fields and nested classes; calling it runs a public constructor;
 * Python protocols map to Java ones ({@code len}, iteration, {@code [i]}, {@code in}, {@code ==},
 * {@code hash}, {@code str}, {@code with} for {@code AutoCloseable}). A Python class may derive
 * from Java interfaces (its instances are handed to Java as proxies implementing them) and from
 * one Java class ({@link JavaSubclasses}).
 */
final class JavaTypes {
    private JavaTypes() { }

    private static final ConcurrentHashMap<Class<?>, PyType> TYPES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<PyType, Class<?>> CLASSES = new ConcurrentHashMap<>();

    /**
     * Types being filled by this thread (guarded by the {@link #TYPES} lock): a nested class may
     * extend its enclosing class ({@code Thread.Builder.OfPlatform extends Thread.Builder}), so
     * filling the enclosing type makes the nested one, whose base is the type being filled.
     */
    private static final Map<Class<?>, PyType> FILLING = new java.util.HashMap<>();

    static PyType typeOf(Class<?> c) {
        PyType t = TYPES.get(c);
        if (t != null) {
            return t;
        }
        synchronized (TYPES) {
            t = TYPES.get(c);
            if (t == null) {
                t = FILLING.get(c);
            }
            if (t == null) {
                t = create(c);
                CLASSES.put(t, c);
                FILLING.put(c, t);
                try {
                    fill(t, c);
                } finally {
                    FILLING.remove(c);
                }
                // lookups cached by types made while this one was filled must see its members
                t.modified();
                TYPES.put(c, t);
            }
            return t;
        }
    }

    /** The Java class a type stands for, or null. */
    static Class<?> classOf(PyType t) {
        return CLASSES.get(t);
    }

    /** The Java interfaces a Python class derives from (through its MRO). */
    static List<Class<?>> interfacesOf(PyType t) {
        List<Class<?>> out = new ArrayList<>();
        for (PyType s : t.mro()) {
            Class<?> c = CLASSES.get(s);
            if (c != null && c.isInterface() && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The type, with the Java supertypes as bases (so {@code isinstance(javaList, List)} holds);
     * should C3 fail to order a Java hierarchy, the bases are {@code (object,)}.
     */
    private static PyType create(Class<?> c) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), PyStr.of(c.getPackageName()));
        String simple = c.getSimpleName().isEmpty() ? c.getName().substring(c.getName().lastIndexOf('.') + 1)
                : c.getSimpleName();
        ns.setItem(PyStr.intern("__qualname__"), PyStr.of(qualname(c)));
        ns.setItem(PyStr.intern("__doc__"), PyStr.of("Java " + (c.isInterface() ? "interface " : "class ") + c.getName()));
        ns.setItem(PyStr.intern(JAVA_CLASS_KEY), PyStr.of(c.getName()));
        List<PyObject> bases = new ArrayList<>();
        if (c.getSuperclass() != null) {
            bases.add(typeOf(c.getSuperclass()));
        }
        for (Class<?> i : c.getInterfaces()) {
            bases.add(typeOf(i));
        }
        if (bases.isEmpty()) {
            bases.add(PyType.OBJECT);
        }
        try {
            return newType(simple, PyTuple.of(bases.toArray(new PyObject[0])), ns);
        } catch (dev.weft.runtime.exc.PyException e) {
            return newType(simple, PyTuple.of(PyType.OBJECT), ns);
        }
    }

    /** Marks the types made here (a Java type may derive from a Java class; Python classes may not). */
    private static final String JAVA_CLASS_KEY = "__java_class__";

    private static PyType newType(String name, PyTuple bases, PyDict ns) {
        return (PyType) Calls.call(META, new PyObject[] {PyStr.of(name), bases, ns.copy()}, null);
    }

    /**
     * The metatype of Java types (and of Python classes deriving from Java interfaces):
     * {@code type} except that assigning a static Java field through the class sets the field.
     * It combines with the metaclass of a Python base ({@code ABCMeta} for {@code ABC}, or any
     * other): {@code class Task(Runnable, ABC)} gets a metaclass deriving from both
     * ({@link dev.weft.runtime.core.ClassBuilder#allowCombining}).
     */
    private static final PyType META = createMetatype();

    private static PyType createMetatype() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), PyStr.of("java"));
        PyType meta = (PyType) Calls.call(PyType.TYPE,
                new PyObject[] {PyStr.of("java_type"), PyTuple.of(PyType.TYPE), ns}, null);
        meta.def2("__setattr__", (self, name, value) -> {
            PyType cls = (PyType) self;
            String n = ((PyStr) name).value();
            PyObject found = cls.lookup(n);
            if (found instanceof JavaCallables.JavaField f && f.isStaticField()) {
                f.set(null, value);
            } else if (found instanceof JavaCallables.ProtectedField f && f.isStaticField()) {
                f.setStatic(cls, value);
            } else {
                dev.weft.runtime.ops.Attr.typeSetAttr(cls, n, value);
            }
            return PyNone.NONE;
        });
        // as type.__call__, and then an instance of a Python class extending a Java class whose
        // __init__ never reached the Java constructor gets the no-argument one
        meta.defV("__call__", (self, args, kw) -> {
            PyObject obj = Calls.construct((PyType) self, args, kw);
            if (obj instanceof JavaSubclassInstance d && !d.isConstructed()) {
                d.target();
            }
            return obj;
        });
        // class Task(Runnable, ABC): the Python base's metaclass and this one combine
        dev.weft.runtime.core.ClassBuilder.allowCombining(meta);
        meta.def1("__delattr__", (self, name) -> {
            PyType cls = (PyType) self;
            String n = ((PyStr) name).value();
            if (cls.lookup(n) instanceof JavaCallables.JavaField f) {
                f.delete(null);
            }
            dev.weft.runtime.ops.Attr.typeSetAttr(cls, n, null);
            return PyNone.NONE;
        });
        return meta;
    }

    private static String qualname(Class<?> c) {
        String pkg = c.getPackageName();
        return pkg.isEmpty() ? c.getName().replace('$', '.') : c.getName().substring(pkg.length() + 1).replace('$', '.');
    }

    private static void fill(PyType t, Class<?> c) {
        boolean publicClass = isAccessible(c);
        defineConstruction(t, c, publicClass);
        // Members: instances of interface types are Python objects, so only static members
        // (and constants) appear on interface types.
        Map<String, List<Method>> methods = new LinkedHashMap<>();
        for (Method m : c.getMethods()) {
            if (c.isInterface() && !Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            if (m.isBridge() || m.isSynthetic()) {
                continue;
            }
            Method callable = accessibleVersion(m, c);
            if (callable != null) {
                methods.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(callable);
            }
        }
        for (Map.Entry<String, List<Method>> e : methods.entrySet()) {
            List<Method> distinct = e.getValue().stream().distinct().toList();
            t.def(pythonName(e.getKey()), new JavaCallables.JavaMethod(c.getName(), e.getKey(), distinct));
        }
        if (publicClass) {
            for (Field f : c.getFields()) {
                if (isAccessible(f.getDeclaringClass())) {
                    t.def(pythonName(f.getName()), new JavaCallables.JavaField(f));
                }
            }
            for (Class<?> nested : c.getClasses()) {
                if (isAccessible(nested)) {
                    t.def(nested.getSimpleName(), typeOf(nested));
                }
            }
        }
        if (publicClass && !c.isInterface() && !Modifier.isFinal(c.getModifiers())) {
            defineProtectedMembers(t, c);
        }
        if (!c.isInterface()) {
            defineProtocols(t, c);
        }
    }

    /**
     * Protected methods and fields declared by {@code c} (static ones too), for Python subclasses
     * ({@link JavaSubclasses}); package-private and private ones, which Python code cannot reach,
     * as members that say so when used.
     */
    private static void defineProtectedMembers(PyType t, Class<?> c) {
        if (c == Object.class) {
            return;
        }
        PyDict own = t.instanceDict();
        for (Method m : c.getDeclaredMethods()) {
            int mod = m.getModifiers();
            String name = pythonName(m.getName());
            if (m.isSynthetic() || own.getItemOrNull(PyStr.intern(name)) != null) {
                continue;
            }
            if (Modifier.isProtected(mod)) {
                t.def(name, new JavaCallables.ProtectedMethod(c.getName(), m.getName(), Modifier.isStatic(mod)));
            } else if (!Modifier.isPublic(mod) && !definedAlongMro(t, name)) {
                t.def(name, new JavaCallables.InaccessibleMember(c.getName(), m.getName(), access(mod)));
            }
        }
        for (Field f : c.getDeclaredFields()) {
            int mod = f.getModifiers();
            String name = pythonName(f.getName());
            if (f.isSynthetic() || own.getItemOrNull(PyStr.intern(name)) != null) {
                continue;
            }
            if (Modifier.isProtected(mod)) {
                t.def(name, new JavaCallables.ProtectedField(f));
            } else if (!Modifier.isPublic(mod) && !definedAlongMro(t, name)) {
                t.def(name, new JavaCallables.InaccessibleMember(c.getName(), f.getName(), access(mod)));
            }
        }
    }

    /** Uncached lookup: the type is being filled, and {@code def} does not invalidate the lookup cache. */
    private static boolean definedAlongMro(PyType t, String name) {
        PyStr key = PyStr.intern(name);
        for (PyType k : t.mro()) {
            if (k.instanceDict().getItemOrNull(key) != null) {
                return true;
            }
        }
        return false;
    }

    private static String access(int modifiers) {
        return Modifier.isPrivate(modifiers) ? "private" : "package-private";
    }

    /** Python keywords cannot be attribute names in source: {@code print} stays, {@code in} becomes {@code in_}. */
    private static String pythonName(String javaName) {
        return switch (javaName) {
            case "and", "as", "assert", "async", "await", "def", "del", "elif", "except", "from", "global", "in",
                 "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "with", "yield", "None", "True",
                 "False" -> javaName + "_";
            default -> javaName;
        };
    }

    private static void defineConstruction(PyType t, Class<?> c, boolean publicClass) {
        List<Constructor<?>> ctors = publicClass && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface()
                ? JavaCallables.sorted(List.of(c.getConstructors())) : List.of();
        t.defNew((cls, args, kw) -> {
            if (cls != t) {
                // a Python class deriving from Java types: the Java half is made by __init__
                dev.weft.runtime.core.ObjectMethods.checkAbstract(cls);
                PeerClass peer = JavaSubclasses.peerFor(cls);
                return peer == null ? new PyInstance(cls) : new JavaSubclassInstance(cls, peer);
            }
            if (c.isInterface()) {
                throw Errors.typeError("cannot instantiate Java interface %s", c.getName());
            }
            if (ctors.isEmpty()) {
                throw Errors.typeError("cannot instantiate Java class %s (it is abstract or has no public constructor)",
                        c.getName());
            }
            return JavaCallables.invoke(c.getSimpleName(), ctors, null, args, kw);
        });
        // JavaSuperclass.__init__(self, *args) runs the Java constructor for a Python subclass's instance
        t.defV("__init__", (self, args, kw) -> {
            if (self instanceof JavaSubclassInstance d) {
                d.construct(args, kw);
            }
            return PyNone.NONE;
        });
        if (!c.isInterface()) {
            t.def("__init_subclass__", new dev.weft.runtime.call.PyClassMethod(
                    new dev.weft.runtime.call.PyBuiltinFunction("__init_subclass__", null, (self, args, kw) -> {
                        if (args.length > 0 && args[0] instanceof PyType sub
                                && sub.instanceDict().getItemOrNull(PyStr.intern(JAVA_CLASS_KEY)) == null) {
                            // a Python class: its peer is generated now, so errors show at the class statement
                            JavaSubclasses.peerFor(sub);
                        }
                        return PyNone.NONE;
                    })));
        }
    }

    private static Object target(PyObject self) {
        return ((JavaObject) self).target();
    }

    /**
     * {@code toString()}; for an instance of a Python subclass whose {@code toString} is
     * {@code Object}'s (a peer class name and hash), Python's default repr instead.
     */
    private static String javaString(PyObject self) {
        if (self instanceof JavaSubclassInstance d && !PeerDispatch.isDefinedInPython(self, "toString", true)) {
            return d.peerClass().hasObjectToString() ? dev.weft.runtime.core.ObjectMethods.defaultRepr(self)
                    : String.valueOf(d.peerClass().callSuper(d.target(), "toString"));
        }
        return String.valueOf(target(self));
    }

    /**
     * {@code equals}/{@code hashCode} of the Java object for {@code ==} and {@code hash()}: for an
     * instance of a Python subclass, the Java superclass's (so {@code super().__eq__(o)} in a
     * Python {@code __eq__} does not come back to it), unless Python defines the Java name itself.
     */
    private static Object javaObjectMethod(PyObject self, String name, Object... args) {
        if (self instanceof JavaSubclassInstance d && !PeerDispatch.isDefinedInPython(self, name, true)) {
            return d.peerClass().callSuper(d.target(), name, args);
        }
        Object t = target(self);
        return name.equals("hashCode") ? (Object) t.hashCode() : (Object) t.equals(args[0]);
    }

    private static void defineProtocols(PyType t, Class<?> c) {
        t.def0("__str__", self -> PyStr.of(javaString(self)));
        t.def0("__repr__", self -> PyStr.of(javaString(self)));
        t.def1("__eq__", (self, other) -> {
            Object o = JavaInterop.unwrap(other);
            return o == null ? dev.weft.runtime.types.PySingleton.NOT_IMPLEMENTED
                    : PyBool.of(Boolean.TRUE.equals(javaObjectMethod(self, "equals", o)));
        });
        t.def1("__ne__", (self, other) -> {
            Object o = JavaInterop.unwrap(other);
            return o == null ? dev.weft.runtime.types.PySingleton.NOT_IMPLEMENTED
                    : PyBool.of(!Boolean.TRUE.equals(javaObjectMethod(self, "equals", o)));
        });
        t.def0("__hash__", self -> PyInt.of((Integer) javaObjectMethod(self, "hashCode")));
        if (Iterable.class.isAssignableFrom(c) || Iterator.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                || c.isArray()) {
            t.def0("__iter__", self -> JavaInterop.call(() -> new JavaIterator(iterator(target(self)))));
        }
        if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) || c.isArray()
                || CharSequence.class.isAssignableFrom(c)) {
            t.def0("__len__", self -> PyInt.of(size(target(self))));
        }
        if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            t.def1("__contains__", (self, item) -> JavaInterop.call(() -> {
                Object o = target(self);
                Object v = JavaInterop.toJavaValue(item);
                return PyBool.of(o instanceof Map<?, ?> m ? m.containsKey(v) : ((Collection<?>) o).contains(v));
            }));
        }
        if (List.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) || c.isArray()) {
            t.def1("__getitem__", (self, key) -> JavaInterop.call(() -> getItem(target(self), key)));
            t.def2("__setitem__", (self, key, value) -> JavaInterop.call(() -> {
                setItem(target(self), key, value);
                return PyNone.NONE;
            }));
        }
        Method sam = functionalMethod(c);
        if (sam != null) {
            List<Method> target = List.of(sam);
            t.defV("__call__", (self, args, kw) -> JavaCallables.invoke(sam.getName(), target, target(self), args, kw));
        }
        if (AutoCloseable.class.isAssignableFrom(c)) {
            t.def0("__enter__", self -> self);
            t.defV("__exit__", (self, args, kw) -> JavaInterop.call(() -> {
                try {
                    ((AutoCloseable) target(self)).close();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw JavaInterop.toPythonException(e);
                }
                return PyBool.FALSE;
            }));
        }
    }

    /** The method of the first functional interface {@code c} implements (a Java lambda is callable from Python). */
    private static Method functionalMethod(Class<?> c) {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(c.getInterfaces()));
        for (Class<?> k = c.getSuperclass(); k != null; k = k.getSuperclass()) {
            todo.addAll(List.of(k.getInterfaces()));
        }
        while (!todo.isEmpty()) {
            Class<?> i = todo.poll();
            Method m = JavaProxies.singleAbstractMethod(i);
            if (m != null && isAccessible(i)) {
                return m;
            }
            todo.addAll(List.of(i.getInterfaces()));
        }
        return null;
    }

    private static Iterator<?> iterator(Object o) {
        if (o instanceof Map<?, ?> m) {
            return m.keySet().iterator();
        }
        if (o instanceof Iterator<?> it) {
            return it;
        }
        if (o.getClass().isArray()) {
            int n = Array.getLength(o);
            Deque<Object> items = new ArrayDeque<>(n);
            for (int i = 0; i < n; i++) {
                items.add(Array.get(o, i));
            }
            return items.iterator();
        }
        return ((Iterable<?>) o).iterator();
    }

    private static int size(Object o) {
        if (o instanceof Collection<?> c) {
            return c.size();
        }
        if (o instanceof Map<?, ?> m) {
            return m.size();
        }
        if (o instanceof CharSequence s) {
            return s.length();
        }
        return Array.getLength(o);
    }

    private static int index(Object o, PyObject key, int size) {
        if (!(key instanceof PyInt i)) {
            throw Errors.typeError("Java list indices must be integers, not %s", key.type().name());
        }
        long k = i.fitsLong() ? i.longValue() : Long.MAX_VALUE;
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw Errors.indexError("index out of range");
        }
        return (int) k;
    }

    private static PyObject getItem(Object o, PyObject key) {
        if (o instanceof Map<?, ?> m) {
            Object k = JavaInterop.toJavaValue(key);
            if (!m.containsKey(k)) {
                throw Errors.keyError(key);
            }
            return JavaInterop.fromJava(m.get(k));
        }
        if (o instanceof List<?> l) {
            return JavaInterop.fromJava(l.get(index(o, key, l.size())));
        }
        return JavaInterop.fromJava(Array.get(o, index(o, key, Array.getLength(o))));
    }

    @SuppressWarnings("unchecked")
    private static void setItem(Object o, PyObject key, PyObject value) {
        if (o instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(JavaInterop.toJavaValue(key), JavaInterop.toJavaValue(value));
        } else if (o instanceof List<?> l) {
            ((List<Object>) l).set(index(o, key, l.size()), JavaInterop.toJavaValue(value));
        } else {
            Object v = JavaInterop.convertArgument(value, o.getClass().getComponentType());
            if (v == JavaInterop.NO_CONVERSION) {
                throw Errors.typeError("cannot store %s in a Java %s[]", value.type().name(),
                        o.getClass().getComponentType().getName());
            }
            Array.set(o, index(o, key, Array.getLength(o)), v);
        }
    }

    /** Whether code in the unnamed module may call members declared by {@code c}. */
    static boolean isAccessible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        Module m = c.getModule();
        return !m.isNamed() || m.isExported(c.getPackageName());
    }

    /**
     * The same method as declared by an accessible class or interface of {@code c}'s hierarchy
     * (a public method of a non-public class, e.g. {@code List.of(...).size()}, is called
     * through {@code List.size}); null if there is none.
     */
    private static Method accessibleVersion(Method m, Class<?> c) {
        if (isAccessible(m.getDeclaringClass())) {
            return m;
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(c);
        while (!todo.isEmpty()) {
            Class<?> k = todo.poll();
            if (isAccessible(k)) {
                try {
                    Method found = k.getMethod(m.getName(), m.getParameterTypes());
                    if (isAccessible(found.getDeclaringClass())) {
                        return found;
                    }
                } catch (NoSuchMethodException e) {
                    // not declared here: look further up
                }
            }
            if (k.getSuperclass() != null) {
                todo.add(k.getSuperclass());
            }
            todo.addAll(List.of(k.getInterfaces()));
        }
        return null;
    }
}

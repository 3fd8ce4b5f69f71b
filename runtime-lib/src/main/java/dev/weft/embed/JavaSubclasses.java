package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Python classes that extend Java classes. For each such class the runtime generates, when the
 * class statement runs, a <em>peer</em>: a Java subclass of the Java superclass (also implementing
 * the Java interfaces among the Python bases) that overrides every method a subclass may
 * override. Each override asks {@link PeerDispatch#overridden} whether the Python object defines
 * the method at the time of the call and then runs the Python method or the superclass's, so Java
 * code, the superclass's own code included, sees methods added to the Python class after its
 * class statement ({@code C.run = f}, decorators, metaclasses) as well as those of later Python
 * subclasses. Abstract methods always go to Python. {@code clone} and {@code finalize} of
 * {@code Object} are overridden only when the class statement defines them (a peer with a
 * {@code finalize} would make every instance finalizable). An instance is a
 * {@link JavaSubclassInstance} (the Python object, with its dict) holding one peer object (the
 * Java object handed to Java).
 *
 * <p>The peer also carries {@code super$m} bridges (a non-virtual call of the superclass's
 * {@code m}, for {@code super().m()} and for protected methods), accessors for protected
 * fields and bridges to protected static methods and fields. Peers are cached per (Java
 * superclass, extra interfaces, overridden {@code Object} methods); generation is done under the
 * cache's lock for that key, so concurrent class statements make one peer.
 */
final class JavaSubclasses {
    private JavaSubclasses() { }

    private record Key(Class<?> superclass, List<Class<?>> interfaces, Set<String> overridden) { }

    private static final ConcurrentHashMap<Key, PeerClass> PEERS = new ConcurrentHashMap<>();
    private static final Map<PyType, PeerClass> BY_TYPE = Collections.synchronizedMap(new WeakHashMap<>());
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Marks a class whose Java bases are interfaces only (or java.lang.Object). */
    private static final PeerClass NONE = new PeerClass();

    /**
     * The peer of Python class {@code cls}, made on first call (the class statement calls this
     * through {@code __init_subclass__}); null when {@code cls} extends no Java class.
     */
    static PeerClass peerFor(PyType cls) {
        PeerClass p = BY_TYPE.get(cls);
        if (p == null) {
            p = create(cls);
            BY_TYPE.put(cls, p);
        }
        return p == NONE ? null : p;
    }

    private static PeerClass create(PyType cls) {
        Class<?> superclass = javaSuperclass(cls);
        if (superclass == null) {
            return NONE;
        }
        if (Modifier.isFinal(superclass.getModifiers())) {
            throw Errors.typeError("cannot subclass final Java class %s", superclass.getName());
        }
        if (!JavaTypes.isAccessible(superclass)) {
            throw Errors.typeError("cannot subclass Java class %s: it is not public", superclass.getName());
        }
        if (superclass.isSealed()) {
            throw Errors.typeError("cannot subclass sealed Java class %s", superclass.getName());
        }
        List<Class<?>> interfaces = new ArrayList<>();
        for (Class<?> i : JavaTypes.interfacesOf(cls)) {
            if (!i.isAssignableFrom(superclass) && JavaTypes.isAccessible(i) && !i.isSealed()) {
                interfaces.add(i);
            }
        }
        Map<String, Method> candidates = overridableMethods(superclass, interfaces);
        Set<String> objectOverrides = new TreeSet<>();
        Map<String, Method> finalOnly = new LinkedHashMap<>();
        Set<String> overridable = new TreeSet<>();
        for (Method m : candidates.values()) {
            if (isDefinedInPython(cls, m.getName())) {
                if (Modifier.isFinal(m.getModifiers())) {
                    finalOnly.putIfAbsent(m.getName(), m);
                } else {
                    overridable.add(m.getName());
                }
                if (ONLY_IF_DEFINED.contains(m.getName()) && m.getDeclaringClass() == Object.class) {
                    objectOverrides.add(m.getName());
                }
            }
        }
        finalOnly.keySet().removeAll(overridable);
        if (!finalOnly.isEmpty()) {
            Method m = finalOnly.values().iterator().next();
            throw Errors.typeError("cannot override final method %s of Java class %s", m.getName(),
                    m.getDeclaringClass().getName());
        }
        Key key = new Key(superclass, List.copyOf(interfaces), Set.copyOf(objectOverrides));
        return PEERS.computeIfAbsent(key, k -> generate(k, candidates));
    }

    /** Methods of {@code Object} overridden only when the class statement defines them. */
    private static final Set<String> ONLY_IF_DEFINED = Set.of("clone", "finalize");

    /** The one Java class (other than Object) among the MRO, the most derived; null if there is none. */
    private static Class<?> javaSuperclass(PyType cls) {
        Class<?> found = null;
        for (PyType t : cls.mro()) {
            Class<?> c = JavaTypes.classOf(t);
            if (c == null || c.isInterface() || c == Object.class) {
                continue;
            }
            if (found == null || found.isAssignableFrom(c)) {
                found = c;
            } else if (!c.isAssignableFrom(found)) {
                throw Errors.typeError("class %s cannot extend both Java classes %s and %s", cls.name(),
                        found.getName(), c.getName());
            }
        }
        return found;
    }

    /** Whether lookup of {@code name} on {@code cls} finds it in a Python class (not in the type of a Java class). */
    static boolean isDefinedInPython(PyType cls, String name) {
        dev.weft.runtime.types.PyStr key = dev.weft.runtime.types.PyStr.of(name);
        for (PyType t : cls.mro()) {
            if (t.instanceDict().getItemOrNull(key) != null) {
                return JavaTypes.classOf(t) == null && t != PyType.OBJECT;
            }
        }
        return false;
    }

    /**
     * Every instance method a subclass in another package can override or call through
     * {@code super}, by name and descriptor: public and protected methods of the class chain
     * (the most derived declaration of each), then the methods of all interfaces.
     */
    private static Map<String, Method> overridableMethods(Class<?> superclass, List<Class<?>> interfaces) {
        Map<String, Method> out = new LinkedHashMap<>();
        Set<Class<?>> allInterfaces = new LinkedHashSet<>(interfaces);
        for (Class<?> k = superclass; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (Modifier.isStatic(mod) || m.isBridge() || m.isSynthetic()
                        || !(Modifier.isPublic(mod) || Modifier.isProtected(mod))) {
                    continue;
                }
                out.putIfAbsent(signature(m), m);
            }
            allInterfaces.addAll(List.of(k.getInterfaces()));
        }
        for (Class<?> i : allInterfaces) {
            for (Method m : i.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    out.putIfAbsent(signature(m), m);
                }
            }
        }
        return out;
    }

    private static String signature(Method m) {
        return m.getName() + ClassFileBuilder.methodDescriptor(m.getParameterTypes(), m.getReturnType());
    }

    // ---- generation ----

    private static final String PYOBJECT = ClassFileBuilder.descriptor(PyObject.class);
    private static final String SELF_FIELD = "weft$self";
    private static final String METHODS_FIELD = "weft$methods";

    private static PeerClass generate(Key key, Map<String, Method> candidates) {
        Class<?> sup = key.superclass();
        String name = "dev.weft.peers." + sup.getName() + "$$Weft" + COUNTER.incrementAndGet();
        String internal = name.replace('.', '/');
        String superInternal = sup.getName().replace('.', '/');
        List<String> ifaceNames = new ArrayList<>();
        ifaceNames.add(JavaPeer.class.getName().replace('.', '/'));
        for (Class<?> i : key.interfaces()) {
            ifaceNames.add(i.getName().replace('.', '/'));
        }
        ClassFileBuilder cf = new ClassFileBuilder(internal, superInternal, ifaceNames);
        cf.field(ClassFileBuilder.ACC_PUBLIC | ClassFileBuilder.ACC_FINAL, SELF_FIELD, PYOBJECT);
        cf.field(ClassFileBuilder.ACC_PUBLIC | ClassFileBuilder.ACC_STATIC, METHODS_FIELD, "[Ljava/lang/reflect/Method;");

        List<Constructor<?>> ctors = new ArrayList<>();
        for (Constructor<?> c : sup.getDeclaredConstructors()) {
            int mod = c.getModifiers();
            if ((Modifier.isPublic(mod) || Modifier.isProtected(mod)) && !c.isSynthetic()) {
                ctors.add(c);
                emitConstructor(cf, internal, superInternal, c.getParameterTypes());
            }
        }
        if (ctors.isEmpty()) {
            throw Errors.typeError("cannot subclass Java class %s: it has no public or protected constructor",
                    sup.getName());
        }
        ClassFileBuilder.Code self = cf.new Code(1, 1);
        self.op(42).op2(180, cf.fieldRef(internal, SELF_FIELD, PYOBJECT)).returnValue(PyObject.class);
        cf.method(ClassFileBuilder.ACC_PUBLIC, "weft$pythonSelf", "()" + PYOBJECT, self);

        List<Method> dispatched = new ArrayList<>();
        Set<String> bridged = new LinkedHashSet<>();
        for (Method m : candidates.values()) {
            int mod = m.getModifiers();
            boolean isAbstract = Modifier.isAbstract(mod);
            boolean override = !Modifier.isFinal(mod) && (isAbstract
                    || !(ONLY_IF_DEFINED.contains(m.getName()) && m.getDeclaringClass() == Object.class)
                    || key.overridden().contains(m.getName()));
            if (override) {
                emitDispatch(cf, internal, sup, key.interfaces(), m, dispatched.size());
                dispatched.add(m);
            }
            if (!isAbstract && (override || Modifier.isProtected(mod))) {
                emitBridge(cf, sup, key.interfaces(), m);
                bridged.add(m.getName());
            }
        }
        Map<String, Field> protectedFields = new LinkedHashMap<>();
        Set<String> staticSignatures = new java.util.HashSet<>();
        for (Class<?> k = sup; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isProtected(f.getModifiers()) && !f.isSynthetic()
                        && protectedFields.putIfAbsent(f.getName(), f) == null) {
                    emitFieldAccessors(cf, f);
                }
            }
            for (Method m : k.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (Modifier.isProtected(mod) && Modifier.isStatic(mod) && !m.isSynthetic()
                        && staticSignatures.add(signature(m))) {
                    emitStaticBridge(cf, m);
                }
            }
        }

        byte[] bytes = cf.toBytes(ClassFileBuilder.ACC_PUBLIC);
        Set<String> dispatchedNames = new TreeSet<>();
        for (Method m : dispatched) {
            dispatchedNames.add(m.getName());
        }
        try {
            Class<?> peer = new PeerLoader(sup, key.interfaces()).define(name, bytes);
            peer.getField(METHODS_FIELD).set(null, dispatched.toArray(new Method[0]));
            return new PeerClass(sup, peer, dispatchedNames, ctors, bridged, protectedFields);
        } catch (LinkageError | ReflectiveOperationException e) {
            throw Errors.typeError("cannot subclass Java class %s: %s", sup.getName(), e);
        }
    }

    private static void emitConstructor(ClassFileBuilder cf, String internal, String superInternal, Class<?>[] params) {
        int slots = 0;
        for (Class<?> p : params) {
            slots += ClassFileBuilder.slots(p);
        }
        ClassFileBuilder.Code c = cf.new Code(Math.max(2, 1 + slots), 2 + slots);
        // the Python object is stored before the superclass constructor runs: it may call overrides
        c.op(42).op(43).op2(181, cf.fieldRef(internal, SELF_FIELD, PYOBJECT));
        c.op(42);
        int slot = 2;
        for (Class<?> p : params) {
            c.load(p, slot);
            slot += ClassFileBuilder.slots(p);
        }
        String desc = ClassFileBuilder.methodDescriptor(params, void.class);
        c.invoke(183, superInternal, "<init>", desc, false).returnValue(void.class);
        cf.method(ClassFileBuilder.ACC_PUBLIC, "<init>", "(" + PYOBJECT + desc.substring(1), c);
    }

    /**
     * {@code m(args)}: {@code if (PeerDispatch.overridden(weft$self, weft$methods[index])) return (R)
     * PeerDispatch.dispatch(weft$self, this, weft$methods[index], new Object[] {args}); else return
     * super.m(args);} (an abstract method has no {@code else}).
     */
    private static void emitDispatch(ClassFileBuilder cf, String internal, Class<?> sup, List<Class<?>> interfaces,
                                     Method m, int index) {
        Class<?>[] params = m.getParameterTypes();
        int slots = 1;
        for (Class<?> p : params) {
            slots += ClassFileBuilder.slots(p);
        }
        boolean isAbstract = Modifier.isAbstract(m.getModifiers());
        ClassFileBuilder.Code c = cf.new Code(Math.max(8, slots), slots);
        int toSuper = -1;
        if (!isAbstract) {
            c.op(42).op2(180, cf.fieldRef(internal, SELF_FIELD, PYOBJECT));
            c.op2(178, cf.fieldRef(internal, METHODS_FIELD, "[Ljava/lang/reflect/Method;")).intConstant(index).op(50);
            c.invoke(184, PeerDispatch.class.getName().replace('.', '/'), "overridden",
                    "(" + PYOBJECT + "Ljava/lang/reflect/Method;)Z", false);
            toSuper = c.branchIfFalse();
        }
        c.op(42).op2(180, cf.fieldRef(internal, SELF_FIELD, PYOBJECT));
        c.op(42);
        c.op2(178, cf.fieldRef(internal, METHODS_FIELD, "[Ljava/lang/reflect/Method;")).intConstant(index).op(50);
        c.intConstant(params.length).op2(189, cf.classRef("java/lang/Object"));
        int slot = 1;
        for (int i = 0; i < params.length; i++) {
            c.op(89).intConstant(i).load(params[i], slot);
            box(cf, c, params[i]);
            c.op(83);
            slot += ClassFileBuilder.slots(params[i]);
        }
        c.invoke(184, PeerDispatch.class.getName().replace('.', '/'), "dispatch",
                "(" + PYOBJECT + "Ljava/lang/Object;Ljava/lang/reflect/Method;[Ljava/lang/Object;)Ljava/lang/Object;",
                false);
        Class<?> rt = m.getReturnType();
        if (rt == void.class) {
            c.op(87);
        } else if (rt.isPrimitive()) {
            Class<?> w = wrapper(rt);
            c.op2(192, cf.classRef(ClassFileBuilder.classOperand(w)));
            c.invoke(182, ClassFileBuilder.classOperand(w), rt.getName() + "Value", "()" + ClassFileBuilder.descriptor(rt),
                    false);
        } else {
            c.op2(192, cf.classRef(ClassFileBuilder.classOperand(rt)));
        }
        c.returnValue(rt);
        if (!isAbstract) {
            c.branchTarget(toSuper);
            superCall(cf, c, sup, interfaces, m);
        }
        cf.method(ClassFileBuilder.ACC_PUBLIC, m.getName(), ClassFileBuilder.methodDescriptor(params, rt), c);
    }

    /** {@code super$m(args)}: a non-virtual call of the inherited {@code m}. */
    private static void emitBridge(ClassFileBuilder cf, Class<?> sup, List<Class<?>> interfaces, Method m) {
        Class<?>[] params = m.getParameterTypes();
        int slots = 1;
        for (Class<?> p : params) {
            slots += ClassFileBuilder.slots(p);
        }
        ClassFileBuilder.Code c = cf.new Code(Math.max(slots, 2), slots);
        superCall(cf, c, sup, interfaces, m);
        cf.method(ClassFileBuilder.ACC_PUBLIC, "super$" + m.getName(),
                ClassFileBuilder.methodDescriptor(params, m.getReturnType()), c);
    }

    /** Pushes {@code this} and the parameters, calls the inherited {@code m} non-virtually and returns its result. */
    private static void superCall(ClassFileBuilder cf, ClassFileBuilder.Code c, Class<?> sup, List<Class<?>> interfaces,
                                  Method m) {
        Class<?>[] params = m.getParameterTypes();
        Class<?> rt = m.getReturnType();
        c.op(42);
        int slot = 1;
        for (Class<?> p : params) {
            c.load(p, slot);
            slot += ClassFileBuilder.slots(p);
        }
        String desc = ClassFileBuilder.methodDescriptor(params, rt);
        Class<?> owner = sup;
        boolean viaInterface = false;
        if (!m.getDeclaringClass().isAssignableFrom(sup)) {
            // a default method of an interface the Python class adds: invokespecial needs a direct superinterface
            for (Class<?> i : interfaces) {
                if (m.getDeclaringClass().isAssignableFrom(i)) {
                    owner = i;
                    viaInterface = true;
                    break;
                }
            }
        }
        c.invoke(183, owner.getName().replace('.', '/'), m.getName(), desc, viaInterface).returnValue(rt);
    }

    /** {@code get$f()} and (unless final) {@code set$f(v)}; static ones for a static field. */
    private static void emitFieldAccessors(ClassFileBuilder cf, Field f) {
        Class<?> t = f.getType();
        String owner = f.getDeclaringClass().getName().replace('.', '/');
        String desc = ClassFileBuilder.descriptor(t);
        int size = ClassFileBuilder.slots(t);
        boolean isStatic = Modifier.isStatic(f.getModifiers());
        int access = ClassFileBuilder.ACC_PUBLIC | (isStatic ? ClassFileBuilder.ACC_STATIC : 0);
        int self = isStatic ? 0 : 1;
        ClassFileBuilder.Code get = cf.new Code(Math.max(size, 1), self);
        if (!isStatic) {
            get.op(42);
        }
        get.op2(isStatic ? 178 : 180, cf.fieldRef(owner, f.getName(), desc)).returnValue(t);
        cf.method(access, "get$" + f.getName(), "()" + desc, get);
        if (!Modifier.isFinal(f.getModifiers())) {
            ClassFileBuilder.Code set = cf.new Code(self + size, self + size);
            if (!isStatic) {
                set.op(42);
            }
            set.load(t, self).op2(isStatic ? 179 : 181, cf.fieldRef(owner, f.getName(), desc)).returnValue(void.class);
            cf.method(access, "set$" + f.getName(), "(" + desc + ")V", set);
        }
    }

    /** {@code static$m(args)}: calls the protected static {@code m} (a subclass may). */
    private static void emitStaticBridge(ClassFileBuilder cf, Method m) {
        Class<?>[] params = m.getParameterTypes();
        int slots = 0;
        for (Class<?> p : params) {
            slots += ClassFileBuilder.slots(p);
        }
        Class<?> rt = m.getReturnType();
        ClassFileBuilder.Code c = cf.new Code(Math.max(slots, 2), slots);
        int slot = 0;
        for (Class<?> p : params) {
            c.load(p, slot);
            slot += ClassFileBuilder.slots(p);
        }
        String desc = ClassFileBuilder.methodDescriptor(params, rt);
        c.invoke(184, m.getDeclaringClass().getName().replace('.', '/'), m.getName(), desc, false).returnValue(rt);
        cf.method(ClassFileBuilder.ACC_PUBLIC | ClassFileBuilder.ACC_STATIC, "static$" + m.getName(), desc, c);
    }

    private static void box(ClassFileBuilder cf, ClassFileBuilder.Code c, Class<?> t) {
        if (t.isPrimitive()) {
            Class<?> w = wrapper(t);
            c.invoke(184, ClassFileBuilder.classOperand(w), "valueOf",
                    "(" + ClassFileBuilder.descriptor(t) + ")" + ClassFileBuilder.descriptor(w), false);
        }
    }

    private static Class<?> wrapper(Class<?> p) {
        return switch (p.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            case "short" -> Short.class;
            case "float" -> Float.class;
            default -> Double.class;
        };
    }

    /**
     * The loader of one peer: the superclass's loader first, the runtime's for the runtime
     * classes the peer calls, and the loaders of the extra interfaces.
     */
    private static final class PeerLoader extends ClassLoader {
        private final List<ClassLoader> others = new ArrayList<>();

        PeerLoader(Class<?> superclass, List<Class<?>> interfaces) {
            super(superclass.getClassLoader());
            for (Class<?> i : interfaces) {
                if (i.getClassLoader() != null) {
                    others.add(i.getClassLoader());
                }
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("dev.weft.runtime.") || name.equals(JavaPeer.class.getName())
                    || name.equals(PeerDispatch.class.getName())) {
                return Class.forName(name, false, JavaSubclasses.class.getClassLoader());
            }
            try {
                return super.loadClass(name, resolve);
            } catch (ClassNotFoundException e) {
                for (ClassLoader l : others) {
                    try {
                        return Class.forName(name, false, l);
                    } catch (ClassNotFoundException again) {
                        // try the next one
                    }
                }
                throw e;
            }
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}

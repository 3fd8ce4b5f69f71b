package dev.weft.runtime.core;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyMethodDescr;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A Python type. Attribute lookup through the MRO is cached per type; the cache and the
 * inline caches of generated code are guarded by {@link #version()}, a number that changes
 * whenever this type or one of its ancestors is mutated (attribute set or deleted, bases
 * assigned). Builtin types fill their dict lazily on first use, which keeps static
 * initialisation free of cycles.
 */
public class PyType extends PyObject implements HasDict {

    /** Flags. */
    public static final int BASETYPE = 1, HEAPTYPE = 2, IMMUTABLE = 4, INSTANCE_DICT = 8, ABSTRACT = 16;

    private static final AtomicInteger VERSIONS = new AtomicInteger(1);

    public static final PyType OBJECT = new PyType("object", PyObject.class, (PyType) null, ObjectMethods::define, BASETYPE | IMMUTABLE);
    public static final PyType TYPE = new PyType("type", PyType.class, OBJECT, TypeMethods::define, BASETYPE | IMMUTABLE | INSTANCE_DICT);

    private PyType metatype;
    private String name;
    private String qualname;
    private PyType[] bases;
    private PyType base;
    private PyType[] mro;
    private final PyType solidBase;
    /**
     * Created on first use for builtin types: creating a PyDict here would initialise the
     * PyDict class while {@link #OBJECT} is still being constructed, giving dict no base.
     */
    private volatile PyDict dict;
    private final int flags;
    private final Class<?> javaClass;
    /** Number of {@code __slots__} entries in instances (own plus inherited). */
    private final int slotCount;
    private final boolean instancesHaveDict;
    private volatile int version;
    /** Set through {@code __abstractmethods__} assignment (what ABCMeta does): instances cannot be created. */
    private volatile boolean abstractFlag;
    private volatile boolean defined;
    /**
     * How many attributes instances of this class have had at most (a racy hint): new
     * instances get room for that many inline attributes ({@link PyInstance}).
     */
    private int instanceAttrHint = 3;
    private volatile Shape rootShape;
    private Consumer<PyType> definer;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private final ConcurrentHashMap<String, CacheEntry> cache = new ConcurrentHashMap<>();
    /** Fast constructor of a builtin type, used when its {@code __new__} has not been replaced. */
    private volatile Fn.New javaNew;
    private volatile PyObject javaNewObject;

    private record CacheEntry(int version, PyObject value) { }

    /**
     * In front of {@link #cache}: a direct-mapped array by the name's hash, whose hits cost an
     * array read and two compares instead of a ConcurrentHashMap probe; the runtime's special
     * method lookups (__eq__, __repr__, __len__... on every protocol call) hit it. Entries are
     * immutable (final fields), so racy reads and writes of the slots are safe.
     */
    private final FrontEntry[] front = new FrontEntry[FRONT_SIZE];
    private static final int FRONT_SIZE = 32;

    private record FrontEntry(String name, int version, PyObject value) { }

    /** A builtin type. {@code definer} fills the dict on first use. */
    public PyType(String name, Class<?> javaClass, PyType base, Consumer<PyType> definer, int flags) {
        this.name = name;
        // a builtin type defined by a module has a dotted name, as CPython's tp_name ("collections.deque"):
        // messages show it whole; __name__ and __qualname__ are the last part, __module__ the rest
        this.qualname = name.substring(name.lastIndexOf('.') + 1);
        this.javaClass = javaClass;
        this.base = base;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.flags = flags;
        this.definer = definer;
        // as CPython's solid_base: a type that adds no state of its own (same Java class) shares its base's
        // layout, so e.g. class E(LookupError, SystemError) is allowed
        this.solidBase = base != null && base.javaClass == javaClass ? base.solidBase : this;
        this.slotCount = 0;
        this.instancesHaveDict = (flags & INSTANCE_DICT) != 0;
        if (base == null) {
            this.mro = new PyType[] {this};
        } else {
            PyType[] bm = base.mro;
            this.mro = new PyType[bm.length + 1];
            this.mro[0] = this;
            System.arraycopy(bm, 0, this.mro, 1, bm.length);
            base.addSubclass(this);
        }
        this.version = VERSIONS.incrementAndGet();
    }

    /** A builtin type with several bases (ExceptionGroup). */
    public PyType(String name, Class<?> javaClass, PyType[] bases, Consumer<PyType> definer, int flags) {
        this(name, javaClass, bases[0], definer, flags);
        this.bases = bases.clone();
        this.mro = Mro.compute(this, bases);
        for (int i = 1; i < bases.length; i++) {
            bases[i].addSubclass(this);
        }
    }

    /** A class created by {@code type.__new__} (a heap type). */
    PyType(PyType metatype, String name, PyType[] bases, PyType[] mro, PyType base, PyType solidBase,
           PyDict dict, int slotCount, boolean instancesHaveDict) {
        this.metatype = metatype;
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.base = base;
        this.mro = mro;
        this.solidBase = solidBase;
        this.javaClass = solidBase.javaClass;
        this.dict = dict;
        this.flags = BASETYPE | HEAPTYPE | (instancesHaveDict ? INSTANCE_DICT : 0);
        this.slotCount = slotCount;
        this.instancesHaveDict = instancesHaveDict;
        this.defined = true;
        for (PyType b : bases) {
            b.addSubclass(this);
        }
        this.version = VERSIONS.incrementAndGet();
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    public String name() { return name; }
    public String qualname() { return qualname; }

    /**
     * CPython's {@code tp_name}: a static (Java-defined) type of a module other than builtins
     * is named {@code module.Name} there (e.g. {@code _csv.Dialect}); other types by their name.
     */
    public String tpName() {
        if (isHeapType()) {
            return name;
        }
        PyObject module = instanceDict().getItemOrNull(dev.weft.runtime.types.PyStr.intern("__module__"));
        if (module instanceof dev.weft.runtime.types.PyStr m && !m.value().equals("builtins")) {
            return m.value() + "." + name;
        }
        return name;
    }
    public void setName(String n) { name = n; modified(); }
    public void setQualname(String q) { qualname = q; }
    public PyType[] bases() { return bases.clone(); }
    public PyType base() { return base; }
    public PyType[] mro() { return mro; }
    public PyType solidBase() { return solidBase; }
    public Class<?> javaClass() { return javaClass; }
    public int slotCount() { return slotCount; }
    public boolean instancesHaveDict() { return instancesHaveDict; }

    /** Room for inline attributes in a new instance (see {@link PyInstance}). */
    int inlineAttrCapacity() { return instanceAttrHint; }

    /** The empty shape of this class's instances (created on first use; a race makes two, harmlessly). */
    Shape rootShape() {
        Shape s = rootShape;
        if (s == null) {
            s = Shape.newRoot();
            rootShape = s;
        }
        return s;
    }

    /** An instance of this class grew to {@code n} attributes. */
    void noteInstanceAttrs(int n) {
        if (n > instanceAttrHint) {
            instanceAttrHint = Math.min(n, Shape.MAX_ATTRS);
        }
    }
    public boolean isHeapType() { return (flags & HEAPTYPE) != 0; }
    public boolean isAbstract() { return abstractFlag; }
    void setAbstract(boolean b) { abstractFlag = b; }
    public boolean isBaseType() { return (flags & BASETYPE) != 0; }
    public boolean isImmutable() { return (flags & IMMUTABLE) != 0; }

    /** The guard value for inline caches: changes when this type or an ancestor is mutated. */
    public int version() {
        return version;
    }

    /** The class's own namespace (what {@code __dict__} shows through a mappingproxy). */
    @Override
    public PyDict instanceDict() {
        ensureDefined();
        return dict;
    }

    private void ensureDefined() {
        if (!defined) {
            defineNow();
        }
    }

    private synchronized void defineNow() {
        if (defined) {
            return;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        Consumer<PyType> d = definer;
        definer = null;
        if (d != null) {
            d.accept(this);
            // the first builtin type of a hierarchy with an instance dict shows it as __dict__
            PyStr dictName = PyStr.intern("__dict__");
            if (instancesHaveDict && (base == null || !base.instancesHaveDict()) && dict.getItemOrNull(dictName) == null) {
                dict.setItem(dictName, InstanceAttributes.dictDescriptor(this));
            }
        }
        defined = true;
    }

    // ---- builtin definition helpers (used by definers) ----

    public void def(String name, PyObject value) {
        PyDict d = dict;
        if (d == null) {
            d = instanceDict();
        }
        d.setItem(PyStr.intern(name), value);
    }

    public void def0(String name, Fn.F0 f) { def(name, new PyMethodDescr(this, name, 0, 0, f)); }
    public void def1(String name, Fn.F1 f) { def(name, new PyMethodDescr(this, name, 1, 1, f)); }
    public void def1(String name, int min, Fn.F1 f) { def(name, new PyMethodDescr(this, name, min, 1, f)); }
    public void def2(String name, Fn.F2 f) { def(name, new PyMethodDescr(this, name, 2, 2, f)); }
    public void def2(String name, int min, Fn.F2 f) { def(name, new PyMethodDescr(this, name, min, 2, f)); }
    public void def3(String name, int min, Fn.F3 f) { def(name, new PyMethodDescr(this, name, min, 3, f)); }
    public void defV(String name, Fn.FV f) { def(name, new PyMethodDescr(this, name, f)); }

    public void defGetSet(String name, Fn.F0 getter, Fn.F1 setter) {
        def(name, new PyGetSetDescr(this, name, getter, setter));
    }

    /** Defines {@code __new__} and remembers its Java form for the constructor fast path. */
    public void defNew(Fn.New f) {
        PyBuiltinFunction fn = new PyBuiltinFunction("__new__", this, (self, args, kw) -> {
            if (args.length == 0) {
                throw Errors.typeError("%s.__new__(): not enough arguments", name);
            }
            if (!(args[0] instanceof PyType cls)) {
                throw Errors.typeError("%s.__new__(X): X is not a type object (%s)", name, args[0].type().name);
            }
            if (!cls.isSubtypeOf(this)) {
                throw Errors.typeError("%s.__new__(%s): %s is not a subtype of %s", name, cls.name, cls.name, name);
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return f.make(cls, rest, kw);
        });
        PyObject sm = new dev.weft.runtime.call.PyStaticMethod(fn);
        def("__new__", sm);
        javaNew = f;
        javaNewObject = sm;
    }

    /** The Java constructor if {@code __new__} as seen from this type is the builtin one it was defined with. */
    /**
     * For a call site that always calls this same type: the Java constructor a call of it
     * amounts to, when that is all {@code type.__call__} would do (a builtin immutable type whose
     * metaclass is {@code type}, with its Java {@code __new__} and {@code object.__init__}, which
     * can never change); null otherwise. {@code type} itself is not covered (one argument means
     * "the type of").
     */
    public Fn.New directConstructor() {
        if (isHeapType() || !isImmutable() || type() != TYPE || this == TYPE
                || lookup("__init__") != ObjectMethods.initDescr()) {
            return null;
        }
        return javaNewFor(lookup("__new__"));
    }

    public Fn.New javaNewFor(PyObject newAttr) {
        for (PyType t : mro) {
            if (t.javaNewObject != null && t.javaNewObject == newAttr) {
                return t.javaNew;
            }
        }
        return null;
    }

    // ---- lookup ----

    /** Looks {@code name} up along the MRO (no descriptors applied); null when absent. */
    public PyObject lookup(String name) {
        int h = name.hashCode();
        int slot = (h ^ (h >>> 5)) & (FRONT_SIZE - 1);
        FrontEntry f = front[slot];
        int v = version;
        if (f != null && f.version == v && (f.name == name || f.name.equals(name))) {
            return f.value;
        }
        CacheEntry e = cache.get(name);
        PyObject r;
        if (e != null && e.version == v) {
            r = e.value;
        } else {
            r = lookupUncached(name);
            cache.put(name, new CacheEntry(v, r));
        }
        front[slot] = new FrontEntry(name, v, r);
        return r;
    }

    private PyObject lookupUncached(String name) {
        PyStr key = PyStr.of(name);
        for (PyType t : mro) {
            PyObject r = t.instanceDict().getItemOrNull(key);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Lookup along the MRO starting after {@code after} (for super()). */
    public PyObject lookupAfter(PyType after, String name) {
        PyStr key = PyStr.of(name);
        int i = 0;
        while (i < mro.length && mro[i] != after) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject r = mro[i].instanceDict().getItemOrNull(key);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    // ---- mutation ----

    /** {@code cls.name = value} on the type's own dict; value null deletes. */
    public void setTypeAttribute(String attr, PyObject value) {
        if (isImmutable()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
        ensureDefined();
        PyStr key = PyStr.intern(attr);
        if (value == null) {
            if (dict.getItemOrNull(key) == null) {
                throw Errors.attributeError("type object '%s' has no attribute '%s'", name, attr);
            }
            dict.delItem(key);
        } else {
            dict.setItem(key, value);
        }
        modified();
    }

    /** Bumps the version of this type and of all its subclasses. */
    public void modified() {
        version = VERSIONS.incrementAndGet();
        for (PyType sub : subclassList()) {
            sub.modified();
        }
    }

    private synchronized void addSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new WeakReference<>(sub));
    }

    public synchronized List<PyType> subclassList() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    synchronized void removeSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null || r.get() == sub);
    }

    /** {@code cls.__bases__ = ...}: recomputes the MRO. */
    void setBases(PyType[] newBases) {
        PyType[] newMro = Mro.compute(this, newBases);
        for (PyType b : bases) {
            b.removeSubclass(this);
        }
        this.bases = newBases;
        this.base = newBases[0];
        this.mro = newMro;
        for (PyType b : newBases) {
            b.addSubclass(this);
        }
        modified();
    }

    /** Sets the MRO of a class under construction (its first element is the class itself). */
    void initMro(PyType[] fullMro) {
        this.mro = fullMro;
        this.version = VERSIONS.incrementAndGet();
    }

    // ---- calling: instantiation ----

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return args[0].type();
        }
        PyType meta = type();
        if (meta != TYPE) {
            PyObject callAttr = meta.lookup("__call__");
            if (callAttr != TYPE.lookup("__call__")) {
                return Calls.callWithSelf(callAttr, this, args, kwnames);
            }
        }
        return Calls.construct(this, args, kwnames);
    }
}

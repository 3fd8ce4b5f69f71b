package dev.weft.runtime.sites;

import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.Shape;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * A polymorphic inline cache for {@code obj.name}: generated code keeps one per attribute-load
 * site (a static final field) and calls {@link #get}. The cache remembers, for up to
 * {@link SiteEntries#MAX} receiver types at their {@link PyType#version()}, where the attribute
 * comes from, so a hit costs a type check, a version check and at most one instance-attribute
 * read (inline attributes: one shape check, see {@link PyInstance}; else one dict lookup). Misses take the full protocol. Thread-safe: the entry list is immutable and
 * published through a volatile field; a site that keeps missing stops caching (see
 * {@link SiteEntries}), so threads running the same code do not keep writing to it.
 */
public final class GetAttrSite {
    private enum Kind { DATA_DESCRIPTOR, DICT_THEN_DESCRIPTOR, DICT_THEN_VALUE, DICT_ONLY, GENERIC }

    private static final class Entry extends SiteEntries.Entry {
        final Kind kind;
        final PyObject classAttr;
        /** Where the name sat in the last inline-attribute shape of this type that had it. */
        ShapeHint shapeHint;
        /**
         * Entry number of the name in the last instance dict of this type that had it (a racy,
         * self-checking hint: instances built by the same {@code __init__} agree on it).
         */
        int dictHint = -1;

        Entry(PyType type, int version, Kind kind, PyObject classAttr) {
            super(type, version);
            this.kind = kind;
            this.classAttr = classAttr;
        }
    }

    /** Immutable, so a racy hint is stale at worst, never torn. */
    private record ShapeHint(Shape shape, int index) { }

    /**
     * A class attribute read through the class itself ({@code Colour.RED}, {@code Cls.LIMIT},
     * {@code Cls.method}): the value, valid while the class and its metaclass keep their
     * versions. Only plain values and functions (whose {@code __get__} on a class returns the
     * function) with no attribute of that name on the metaclass; immutable, published racily.
     */
    private record ClassAttr(PyType cls, int version, int metaVersion, PyObject value) { }

    private final String name;
    private final PyStr key;
    private final SiteEntries<Entry> entries = new SiteEntries<>();
    private volatile ClassAttr classAttr;
    /** Class-attribute misses so far; a site that keeps seeing other classes stops caching. */
    private int classMisses;

    public GetAttrSite(String name) {
        this.name = name;
        this.key = PyStr.intern(name);
    }

    public PyObject get(PyObject obj) {
        PyType t = obj.type();
        Entry e = entries.find(t);
        if (e != null) {
            switch (e.kind) {
                case DATA_DESCRIPTOR:
                    return ((Descriptor) e.classAttr).get(obj, t);
                case DICT_THEN_DESCRIPTOR: {
                    PyObject v = fromDict(obj, e);
                    return v != null ? v : ((Descriptor) e.classAttr).get(obj, t);
                }
                case DICT_THEN_VALUE: {
                    PyObject v = fromDict(obj, e);
                    return v != null ? v : e.classAttr;
                }
                case DICT_ONLY: {
                    PyObject v = fromDict(obj, e);
                    if (v != null) {
                        return v;
                    }
                    break;
                }
                default:
                    if (obj instanceof PyType cls) {
                        return fromClass(cls, t);
                    }
                    break;
            }
            return Attr.getAttr(obj, name);
        }
        return miss(obj, t);
    }

    private PyObject fromClass(PyType cls, PyType meta) {
        ClassAttr c = classAttr;
        if (c != null && c.cls == cls && cls.version() == c.version && meta.version() == c.metaVersion) {
            return c.value;
        }
        int version = cls.version(), metaVersion = meta.version();
        PyObject value = Attr.getAttr(cls, name);
        if (classMisses < 8 && meta.lookup("__getattribute__") == PyType.TYPE.lookup("__getattribute__")
                && meta.lookup(name) == null) {
            PyObject attr = cls.lookup(name);
            if (attr == value && (attr instanceof dev.weft.runtime.call.PyFunction
                    || attr.type().lookup("__get__") == null)) {
                classMisses++;
                classAttr = new ClassAttr(cls, version, metaVersion, value);
            }
        }
        return value;
    }

    private PyObject fromDict(PyObject obj, Entry e) {
        if (obj instanceof PyInstance inst) {
            Object[] a = inst.inlineAttrs();
            if (a != null) {
                Object s = PyInstance.shapeOf(a);
                ShapeHint hint = e.shapeHint;
                if (hint != null && hint.shape == s) {
                    return (PyObject) a[hint.index + 1];
                }
                if (s instanceof Shape shape) {
                    int i = shape.indexOf(key);
                    if (i < 0) {
                        return null;
                    }
                    e.shapeHint = new ShapeHint(shape, i);
                    return (PyObject) a[i + 1];
                }
            }
            return inst.getOwnAttr(key);
        }
        if (obj instanceof HasDict h) {
            PyDict d = h.instanceDict();
            if (d == null) {
                return null;
            }
            // Instances built by the same __init__ insert their attributes in the same order,
            // so the entry where this site last found the name is usually where it is again.
            PyObject v = d.getAtHint(key, e.dictHint);
            if (v != null) {
                return v;
            }
            v = d.getItemOrNull(key);
            if (v != null) {
                int hint = d.entryHint(key);
                if (hint != e.dictHint) {
                    e.dictHint = hint;
                }
            }
            return v;
        }
        return null;
    }

    private PyObject miss(PyObject obj, PyType t) {
        if (entries.mayAdd()) {
            int version = t.version();
            entries.add(new Entry(t, version, classify(obj, t), t.lookup(name)));
        }
        return Attr.getAttr(obj, name);
    }

    private Kind classify(PyObject obj, PyType t) {
        // super objects share object's __getattribute__ slot but resolve names past their class
        if (obj instanceof PyType || obj instanceof PySuper || t.lookup("__getattribute__") != ObjectMethods.getattributeDescr()
                || t.lookup("__getattr__") != null) {
            return Kind.GENERIC;
        }
        PyObject attr = t.lookup(name);
        if (attr == null) {
            return obj instanceof HasDict ? Kind.DICT_ONLY : Kind.GENERIC;
        }
        if (attr instanceof Descriptor d) {
            return d.isData() ? Kind.DATA_DESCRIPTOR : Kind.DICT_THEN_DESCRIPTOR;
        }
        if (attr.type().lookup("__get__") != null) {
            return Kind.GENERIC;
        }
        return Kind.DICT_THEN_VALUE;
    }
}

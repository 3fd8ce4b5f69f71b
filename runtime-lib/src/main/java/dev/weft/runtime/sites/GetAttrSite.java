package dev.weft.runtime.sites;

import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.Shape;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * An inline cache for {@code obj.name}: generated code keeps one per attribute-load site (a
 * static final field) and calls {@link #get}. The cache remembers, for the last two receiver
 * types and their {@link PyType#version()}, where the attribute comes from, so a hit costs a
 * type check, a version check and at most one instance-attribute read (inline attributes: one
 * shape check, see {@link PyInstance}). Misses take the full protocol. Thread-safe: entries
 * are published through volatile fields; their hints are immutable objects, so a racy hint is
 * stale at worst, never torn.
 */
public final class GetAttrSite {
    private enum Kind { DATA_DESCRIPTOR, DICT_THEN_DESCRIPTOR, DICT_THEN_VALUE, DICT_ONLY, GENERIC }

    private static final class Entry {
        final PyType type;
        final int version;
        final Kind kind;
        final PyObject classAttr;
        /** Where the name sat in the last inline-attribute shape of this type that had it. */
        ShapeHint shapeHint;
        /** Entry number of the name in the last instance dict that had it (a racy, self-checking hint). */
        int dictHint = -1;

        Entry(PyType type, int version, Kind kind, PyObject classAttr) {
            this.type = type;
            this.version = version;
            this.kind = kind;
            this.classAttr = classAttr;
        }
    }

    private record ShapeHint(Shape shape, int index) { }

    private final String name;
    private final PyStr key;
    /** The last receiver type that missed, and the one before (polymorphic sites). */
    private volatile Entry entry;
    private volatile Entry previous;

    public GetAttrSite(String name) {
        this.name = name;
        this.key = PyStr.intern(name);
    }

    public PyObject get(PyObject obj) {
        PyType t = obj.type();
        Entry e = entry;
        if (e == null || e.type != t || e.version != t.version()) {
            e = previous;
            if (e == null || e.type != t || e.version != t.version()) {
                return miss(obj, t);
            }
        }
        switch (e.kind) {
            case DATA_DESCRIPTOR:
                return ((Descriptor) e.classAttr).get(obj, t);
            case DICT_THEN_DESCRIPTOR: {
                PyObject v = fromDict(e, obj);
                return v != null ? v : ((Descriptor) e.classAttr).get(obj, t);
            }
            case DICT_THEN_VALUE: {
                PyObject v = fromDict(e, obj);
                return v != null ? v : e.classAttr;
            }
            case DICT_ONLY: {
                PyObject v = fromDict(e, obj);
                if (v != null) {
                    return v;
                }
                break;
            }
            default:
                break;
        }
        return Attr.getAttr(obj, name);
    }

    private PyObject fromDict(Entry e, PyObject obj) {
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
                e.dictHint = d.entryHint(key);
            }
            return v;
        }
        return null;
    }

    private PyObject miss(PyObject obj, PyType t) {
        int version = t.version();
        Entry e = new Entry(t, version, classify(obj, t), t.lookup(name));
        Entry last = entry;
        if (last != null && last.type != t) {
            previous = last;
        }
        entry = e;
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

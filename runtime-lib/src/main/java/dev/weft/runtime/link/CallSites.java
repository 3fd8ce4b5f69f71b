package dev.weft.runtime.link;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.Shape;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.sites.CallMethodSite;
import dev.weft.runtime.sites.GetAttrSite;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * What {@code getattr} and {@code call_method} call sites link to: the runtime's polymorphic
 * inline caches ({@link GetAttrSite}, {@link CallMethodSite}: receiver type + type version),
 * preceded by two receivers they do not cache: modules (a read of the module dict, for
 * {@code mod.f} and {@code mod.f(x)}) and {@code super()} objects (whose attributes come
 * from the MRO after the class).
 */
final class CallSites {
    private CallSites() { }

    static final class Attribute {
        private final String name;
        private final PyStr key;
        private final boolean dunder;
        private final GetAttrSite cache;
        private final HintedKey moduleHint;

        Attribute(String name) {
            this.name = name;
            this.key = PyStr.intern(name);
            this.dunder = name.startsWith("__");
            this.cache = new GetAttrSite(name);
            this.moduleHint = new HintedKey(key);
        }

        PyObject get(PyObject obj) {
            if (obj instanceof PyModule m && !dunder) {
                PyObject v = moduleHint.get(m.instanceDict());
                if (v != null) {
                    return v;
                }
                return Attr.getAttr(obj, name);
            }
            return cache.get(obj);
        }
    }

    static final class Method {
        private final String name;
        private final PyStr key;
        private final boolean dunder;
        private final CallMethodSite cache;
        private final HintedKey moduleHint;

        Method(String name) {
            this.name = name;
            this.key = PyStr.intern(name);
            this.dunder = name.startsWith("__");
            this.cache = new CallMethodSite(name);
            this.moduleHint = new HintedKey(key);
        }

        PyObject call(PyObject[] argsWithSelf, String[] kwnames) {
            PyObject self = argsWithSelf[0];
            if (self instanceof PyModule m && !dunder) {
                PyObject f = moduleHint.get(m.instanceDict());
                if (f != null) {
                    return f.call(rest(argsWithSelf), kwnames);
                }
            } else if (self instanceof PySuper) {
                return Attr.getAttr(self, name).call(rest(argsWithSelf), kwnames);
            }
            return cache.call(argsWithSelf, kwnames);
        }

        private static PyObject[] rest(PyObject[] argsWithSelf) {
            PyObject[] r = new PyObject[argsWithSelf.length - 1];
            System.arraycopy(argsWithSelf, 1, r, 0, r.length);
            return r;
        }
    }

    /**
     * {@code obj.name = value}: remembers, for one receiver type at one version, that the store
     * goes to the instance dict ({@code object.__setattr__}, no data descriptor {@code name} on
     * the type), so a hit is a type check, a version check and the dict store; anything else
     * (a custom {@code __setattr__}, properties, slots, types, modules) takes {@link Attr#setAttr}.
     */
    static final class SetAttribute {
        /** Whether stores into instances of {@code type} at {@code version} go to the instance dict. */
        private record Entry(PyType type, int version, boolean toDict) { }

        private static final Entry[] NONE = new Entry[0];
        /** Receiver types seen (up to 4, immutable array: a hit only reads), as the get-attribute sites keep them. */
        private static final int MAX_ENTRIES = 4;
        private static final int MAX_MISSES = 64;

        /** {@code next} null: the name sits at {@code index} of {@code shape}; else adding it makes {@code next}. */
        private record ShapeHint(Shape shape, int index, Shape next) { }

        private final String name;
        private final PyStr key;
        private volatile Entry[] entries = NONE;
        /** Misses so far (racy: a lost increment only delays giving up). */
        private int misses;
        /** Where the name sat in the last inline-attribute shape that had it (immutable, so never torn). */
        private ShapeHint shapeHint;

        SetAttribute(String name) {
            this.name = name;
            this.key = PyStr.intern(name);
        }

        void set(PyObject obj, PyObject value) {
            PyType t = obj.type();
            Entry e = find(t);
            boolean toDict = e != null && e.toDict;
            if (toDict && obj instanceof PyInstance inst) {
                Object[] a = inst.inlineAttrs();
                if (a != null) {
                    Object s = PyInstance.shapeOf(a);
                    ShapeHint hint = shapeHint;
                    if (hint != null && hint.shape == s) {
                        if (hint.next == null) {
                            inst.replaceOwnAttr(a, s, hint.index, key, value);
                        } else {
                            inst.addOwnAttr(a, s, hint.next, key, value);
                        }
                        return;
                    }
                    if (s instanceof Shape shape) {
                        int i = shape.indexOf(key);
                        if (i >= 0) {
                            shapeHint = new ShapeHint(shape, i, null);
                            inst.replaceOwnAttr(a, s, i, key, value);
                            return;
                        }
                        Shape next = PyInstance.shapeWith(shape, key);
                        if (next != null) {
                            shapeHint = new ShapeHint(shape, shape.size(), next);
                            inst.addOwnAttr(a, s, next, key, value);
                            return;
                        }
                    }
                }
                if (inst.hasAttributeStorage()) {
                    inst.setOwnAttr(key, value);
                    return;
                }
            } else if (toDict && obj instanceof HasDict h) {
                PyDict d = h.instanceDict();
                if (d != null) {
                    d.setItem(key, value);
                    return;
                }
            }
            if (e == null && misses < MAX_MISSES) {
                misses++;
                int version = t.version();
                add(new Entry(t, version, storesToDict(obj, t)));
            }
            Attr.setAttr(obj, name, value);
        }

        private Entry find(PyType t) {
            for (Entry e : entries) {
                if (e.type == t) {
                    return e.version == t.version() ? e : null;
                }
            }
            return null;
        }

        private void add(Entry e) {
            Entry[] old = entries;
            for (int i = 0; i < old.length; i++) {
                if (old[i].type == e.type) {
                    Entry[] copy = old.clone();
                    copy[i] = e;
                    entries = copy;
                    return;
                }
            }
            if (old.length < MAX_ENTRIES) {
                Entry[] copy = java.util.Arrays.copyOf(old, old.length + 1);
                copy[old.length] = e;
                entries = copy;
            }
        }

        private boolean storesToDict(PyObject obj, PyType t) {
            if (obj instanceof PyType || obj instanceof PyModule || !(obj instanceof HasDict)
                    || t.lookup("__setattr__") != ObjectMethods.setattrDescr()) {
                return false;
            }
            PyObject descr = t.lookup(name);
            return descr == null || descr instanceof Descriptor d && !d.isData();
        }
    }
}

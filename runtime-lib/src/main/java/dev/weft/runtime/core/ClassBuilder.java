package dev.weft.runtime.core;

import dev.weft.runtime.call.PyCell;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyStaticMethod;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.List;

/** Class creation: {@code __build_class__} (the class statement) and {@code type.__new__}. */
public final class ClassBuilder {
    private ClassBuilder() { }

    /** The compiled body of a class statement: fills the namespace returned by {@code __prepare__}. */
    @FunctionalInterface
    public interface ClassBody {
        void execute(PyObject namespace);
    }

    /**
     * The class statement: {@code class name(*bases, **keywords): body}. The {@code metaclass}
     * keyword, if present, selects the metaclass; others go to {@code __prepare__},
     * the metaclass call and {@code __init_subclass__}.
     */
    public static PyObject buildClass(ClassBody body, String name, PyObject[] bases, String[] kwNames,
                                      PyObject[] kwValues) {
        PyObject meta = null;
        List<String> kn = new ArrayList<>();
        List<PyObject> kv = new ArrayList<>();
        for (int i = 0; kwNames != null && i < kwNames.length; i++) {
            if (kwNames[i].equals("metaclass")) {
                meta = kwValues[i];
            } else {
                kn.add(kwNames[i]);
                kv.add(kwValues[i]);
            }
        }
        PyObject[] resolvedBases = resolveMroEntries(bases);
        boolean isClassMeta = meta == null || meta instanceof PyType;
        if (meta == null) {
            meta = resolvedBases.length == 0 ? PyType.TYPE : resolvedBases[0].type();
        }
        if (isClassMeta) {
            meta = mostDerivedMetaclass((PyType) meta, resolvedBases);
        }
        PyObject[] kwArgs = kv.toArray(new PyObject[0]);
        String[] kwNamesRest = kn.toArray(new String[0]);
        PyObject prepare = Attr.getAttrOrNull(meta, "__prepare__");
        PyObject ns;
        if (prepare != null) {
            PyObject[] pa = new PyObject[2 + kwArgs.length];
            pa[0] = PyStr.of(name);
            pa[1] = PyTuple.of(resolvedBases.clone());
            System.arraycopy(kwArgs, 0, pa, 2, kwArgs.length);
            ns = prepare.call(pa, kwNamesRest.length == 0 ? null : kwNamesRest);
        } else {
            ns = new PyDict();
        }
        body.execute(ns);
        if (resolvedBases != bases && ns instanceof PyDict d) {
            d.setItem(PyStr.intern("__orig_bases__"), PyTuple.of(bases.clone()));
        }
        PyObject[] ca = new PyObject[3 + kwArgs.length];
        ca[0] = PyStr.of(name);
        ca[1] = PyTuple.of(resolvedBases.clone());
        ca[2] = ns;
        System.arraycopy(kwArgs, 0, ca, 3, kwArgs.length);
        PyObject cls = meta.call(ca, kwNamesRest.length == 0 ? null : kwNamesRest);
        if (ns instanceof PyDict d) {
            PyObject cell = d.getItemOrNull(PyStr.intern("__classcell__"));
            if (cell instanceof PyCell c && c.value == null) {
                c.value = cls;
            }
        }
        return cls;
    }

    private static PyObject[] resolveMroEntries(PyObject[] bases) {
        boolean changed = false;
        List<PyObject> out = new ArrayList<>();
        for (PyObject b : bases) {
            if (!(b instanceof PyType)) {
                PyObject me = Attr.getAttrOrNull(b, "__mro_entries__");
                if (me != null) {
                    PyObject r = Calls.call1(me, PyTuple.of(bases.clone()));
                    if (!(r instanceof PyTuple t)) {
                        throw Errors.typeError("__mro_entries__ must return a tuple");
                    }
                    out.addAll(List.of(t.toArray()));
                    changed = true;
                    continue;
                }
            }
            out.add(b);
        }
        return changed ? out.toArray(new PyObject[0]) : bases;
    }

    static PyType mostDerivedMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            PyType combined = combinedMetaclass(winner, bt);
            if (combined != null) {
                winner = combined;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** Metaclasses that combine with an unrelated one instead of a conflict ({@link #allowCombining}). */
    private static final java.util.Set<PyType> COMBINABLE = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.ConcurrentHashMap<List<PyType>, PyType> COMBINED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Lets {@code meta} (and its subclasses) combine with an unrelated metaclass of another base:
     * where CPython reports a metaclass conflict, the class gets (one, cached per pair) metaclass
     * deriving from both, the other one first. The metaclass of Java types uses this, so
     * {@code class Task(Runnable, ABC)} works as a Python user expects.
     */
    public static void allowCombining(PyType meta) {
        COMBINABLE.add(meta);
    }

    private static PyType combinedMetaclass(PyType a, PyType b) {
        boolean aCombines = combines(a);
        if (aCombines == combines(b)) {
            return null;
        }
        PyType other = aCombines ? b : a;
        PyType combinable = aCombines ? a : b;
        return COMBINED.computeIfAbsent(List.of(other, combinable), k -> (PyType) Calls.call(PyType.TYPE,
                new PyObject[] {PyStr.of(combinable.name() + "_" + other.name()), PyTuple.of(other, combinable),
                        new PyDict()}, null));
    }

    private static boolean combines(PyType meta) {
        for (PyType t : meta.mro()) {
            if (COMBINABLE.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** {@code type.__new__(meta, name, bases, ns, **kwargs)}. */
    public static PyType newType(PyType meta, String name, PyObject[] baseObjs, PyDict ns, String[] kwNames,
                                 PyObject[] kwValues) {
        PyType winner = mostDerivedMetaclass(meta, baseObjs);
        if (winner != meta && winner.lookup("__new__") != PyType.TYPE.lookup("__new__")) {
            // as CPython's type_new: the winning metaclass's __new__ gets the same keywords
            // (__new__ is a static method: the metaclass is passed explicitly)
            int nkw = kwNames == null ? 0 : kwNames.length;
            PyObject[] a = new PyObject[4 + nkw];
            a[0] = winner;
            a[1] = PyStr.of(name);
            a[2] = PyTuple.of(baseObjs.clone());
            a[3] = ns;
            for (int i = 0; i < nkw; i++) {
                a[4 + i] = kwValues[i];
            }
            PyObject newAttr = winner.lookup("__new__");
            PyObject newFn = newAttr instanceof Descriptor d ? d.get(null, winner) : newAttr; // as Calls.construct
            PyObject r = newFn.call(a, nkw == 0 ? null : kwNames.clone());
            if (!(r instanceof PyType rt)) {
                throw Errors.notImplemented("a metaclass __new__ that returns a %s instead of a class is not "
                        + "supported by weft yet", r.type().name());
            }
            return rt;
        }
        meta = winner;
        PyType[] bases;
        if (baseObjs.length == 0) {
            bases = new PyType[] {PyType.OBJECT};
        } else {
            bases = new PyType[baseObjs.length];
            for (int i = 0; i < baseObjs.length; i++) {
                if (!(baseObjs[i] instanceof PyType b)) {
                    throw Errors.typeError("bases must be types");
                }
                if (!b.isBaseType()) {
                    throw Errors.typeError("type '%s' is not an acceptable base type", b.name());
                }
                bases[i] = b;
            }
        }
        PyType solid = bases[0].solidBase();
        PyType best = bases[0];
        for (PyType b : bases) {
            PyType s = b.solidBase();
            if (s.isSubtypeOf(solid)) {
                if (s != solid || b.slotCount() > best.slotCount()) {
                    solid = s;
                    best = b;
                }
            } else if (!solid.isSubtypeOf(s)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        PyDict dict = new PyDict();
        PyObject[][] items = ns.snapshot();
        dict.putAll(items[0], items[1]);
        String qualname = name;
        PyObject q = dict.removeOrNull(PyStr.intern("__qualname__"));
        if (q != null) {
            if (!(q instanceof PyStr qs)) {
                throw Errors.typeError("type __qualname__ must be a str, not %s", q.type().name());
            }
            qualname = qs.value();
        }
        dict.removeOrNull(PyStr.intern("__classcell__"));
        // __slots__
        boolean hasDict = false;
        boolean hasWeakref = false;
        for (PyType b : bases) {
            hasDict |= b.instancesHaveDict();
            hasWeakref |= b.lookup("__weakref__") != null;
        }
        boolean baseHasDict = hasDict;
        // variable-sized builtins (int, tuple, bytes) have no room for a weak-reference slot
        boolean wantsWeakref = !hasWeakref && !solid.isSubtypeOf(PyInt.TYPE) && !solid.isSubtypeOf(PyTuple.TYPE)
                && !solid.isSubtypeOf(PyBytes.TYPE);
        int baseSlots = best.slotCount();
        List<String> slotNames = new ArrayList<>();
        PyObject slotsObj = dict.getItemOrNull(PyStr.intern("__slots__"));
        if (slotsObj == null) {
            hasDict = true;
        } else {
            boolean weakrefSlot = false;
            PyObject[] names = slotsObj instanceof PyStr ? new PyObject[] {slotsObj} : Protocols.toArray(slotsObj);
            for (PyObject n : names) {
                if (!(n instanceof PyStr s)) {
                    throw Errors.typeError("__slots__ items must be strings, not '%s'", n.type().name());
                }
                String sn = s.value();
                if (!isIdentifier(sn)) {
                    throw Errors.typeError("__slots__ must be identifiers");
                }
                if (sn.equals("__dict__")) {
                    if (hasDict) {
                        throw Errors.typeError("__dict__ slot disallowed: we already got one");
                    }
                    hasDict = true;
                    continue;
                }
                if (sn.equals("__weakref__")) {
                    if (hasWeakref) {
                        throw Errors.typeError("__weakref__ slot disallowed: we already got one");
                    }
                    weakrefSlot = true;
                    continue;
                }
                sn = mangle(name, sn);
                if (dict.getItemOrNull(PyStr.of(sn)) != null) {
                    throw Errors.valueError("'%s' in __slots__ conflicts with class variable", sn);
                }
                slotNames.add(sn);
            }
            wantsWeakref &= weakrefSlot;
        }
        PyType[] mro = Mro.compute(null, bases);
        PyType cls = new PyType(meta, name, bases, new PyType[0], best, solid, dict, baseSlots + slotNames.size(), hasDict);
        PyType[] fullMro = new PyType[mro.length];
        fullMro[0] = cls;
        System.arraycopy(mro, 1, fullMro, 1, mro.length - 1);
        cls.initMro(fullMro);
        cls.setQualname(qualname);
        for (int i = 0; i < slotNames.size(); i++) {
            dict.setItem(PyStr.intern(slotNames.get(i)), new PyMemberDescr(cls, slotNames.get(i), baseSlots + i));
        }
        if (hasDict && !baseHasDict) {
            dict.setItem(PyStr.intern("__dict__"), InstanceAttributes.dictDescriptor(cls));
        }
        if (wantsWeakref) {
            dict.setItem(PyStr.intern("__weakref__"), InstanceAttributes.weakrefDescriptor(cls));
        }
        if (dict.getItemOrNull(PyStr.intern("__doc__")) == null) {
            dict.setItem(PyStr.intern("__doc__"), PyNone.NONE);
        }
        // implicit classmethods/staticmethods, __hash__ = None with __eq__
        PyObject newFn = dict.getItemOrNull(PyStr.intern("__new__"));
        if (newFn instanceof PyFunction) {
            dict.setItem(PyStr.intern("__new__"), new PyStaticMethod(newFn));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getItemOrNull(PyStr.intern(cm));
            if (f instanceof PyFunction) {
                dict.setItem(PyStr.intern(cm), new PyClassMethod(f));
            }
        }
        if (dict.getItemOrNull(PyStr.intern("__eq__")) != null && dict.getItemOrNull(PyStr.intern("__hash__")) == null) {
            dict.setItem(PyStr.intern("__hash__"), PyNone.NONE);
        }
        // __set_name__
        PyObject[][] entries = dict.snapshot();
        for (int i = 0; i < entries[0].length; i++) {
            PyObject v = entries[1][i];
            PyObject setName = v.type().lookup("__set_name__");
            if (setName != null) {
                Calls.callWithSelf(setName, v, new PyObject[] {cls, entries[0][i]}, null);
            }
        }
        // __init_subclass__ of the parent
        PyObject init = cls.lookupAfter(cls, "__init_subclass__");
        if (init != null) {
            PyObject bound = Attr.bindDescriptor(init, null, cls);
            if (init instanceof PyClassMethod) {
                bound = ((PyClassMethod) init).get(null, cls);
            }
            bound.call(kwValues == null ? new PyObject[0] : kwValues,
                    kwNames == null || kwNames.length == 0 ? null : kwNames);
        }
        return cls;
    }

    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) || c == '_');
    }
}

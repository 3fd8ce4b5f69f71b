package dev.weft.runtime.core;

import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code object.__reduce__}, {@code __reduce_ex__} and {@code __getstate__} as CPython's
 * typeobject.c defines them: protocol 2 and above reduce to {@code copyreg.__newobj__} (or
 * {@code __newobj_ex__}) with the object's state; lower protocols go through
 * {@code copyreg._reduce_ex}. {@code copy} and {@code pickle} are built on these.
 */
final class ObjectReduce {
    private ObjectReduce() { }

    static PyObject commonReduce(PyObject self, int protocol) {
        PyObject copyreg = Importer.importModule("copyreg");
        if (protocol < 2) {
            return Ops.callMethod(copyreg, "_reduce_ex", self, dev.weft.runtime.types.PyInt.of(protocol));
        }
        PyType cls = self.type();
        if (cls.lookup("__new__") == null) {
            throw Errors.typeError("cannot pickle '%s' object", cls.name());
        }
        PyObject args = PyTuple.EMPTY;
        PyObject kwargs = null;
        if (cls.lookup("__getnewargs_ex__") != null) {
            PyObject r = Ops.callMethod(self, "__getnewargs_ex__");
            if (!(r instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple of length 2, not '%s'",
                        r.type().name());
            }
            args = t.get(0);
            kwargs = t.get(1);
            if (!(args instanceof PyTuple)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        args.type().name());
            }
            if (!(kwargs instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        kwargs.type().name());
            }
        } else if (cls.lookup("__getnewargs__") != null) {
            args = Ops.callMethod(self, "__getnewargs__");
            if (!(args instanceof PyTuple)) {
                throw Errors.typeError("__getnewargs__ should return a tuple, not '%s'", args.type().name());
            }
        }
        PyObject func;
        PyObject newargs;
        if (kwargs == null || Protocols.len(kwargs) == 0) {
            func = Attr.getAttr(copyreg, "__newobj__");
            PyObject[] a = ((PyTuple) args).toArray();
            PyObject[] all = new PyObject[a.length + 1];
            all[0] = cls;
            System.arraycopy(a, 0, all, 1, a.length);
            newargs = PyTuple.of(all);
        } else {
            func = Attr.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        }
        PyObject state = Ops.callMethod(self, "__getstate__");
        PyObject listitems = self instanceof PyList ? Protocols.iter(self) : PyNone.NONE;
        PyObject dictitems = self instanceof PyDict ? Protocols.iter(Ops.callMethod(self, "items")) : PyNone.NONE;
        return PyTuple.of(func, newargs, state, listitems, dictitems);
    }

    /** {@code object.__getstate__()}: the instance dict (None when empty), plus the set slots. */
    static PyObject defaultState(PyObject self) {
        PyDict dict = self instanceof HasDict h ? h.instanceDict() : null;
        PyObject state = dict == null || dict.size() == 0 ? PyNone.NONE : dict;
        List<String> slotNames = slotNames(self.type());
        if (slotNames.isEmpty()) {
            return state;
        }
        PyDict slots = new PyDict();
        for (String n : slotNames) {
            PyObject v = Attr.getAttrOrNull(self, n);
            if (v != null) {
                slots.setItem(PyStr.of(n), v);
            }
        }
        return slots.size() == 0 ? state : PyTuple.of(state, slots);
    }

    private static List<String> slotNames(PyType t) {
        List<String> names = new ArrayList<>();
        for (PyType c : t.mro()) {
            PyObject slots = c.instanceDict().getItemOrNull(PyStr.intern("__slots__"));
            if (slots == null || !c.isHeapType()) {
                continue;
            }
            PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : Protocols.toArray(slots);
            for (PyObject item : items) {
                String n = Ops.strString(item);
                if (n.equals("__dict__") || n.equals("__weakref__")) {
                    continue;
                }
                if (n.startsWith("__") && !n.endsWith("__")) {
                    n = "_" + c.name().replaceFirst("^_+", "") + n;
                }
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }
}

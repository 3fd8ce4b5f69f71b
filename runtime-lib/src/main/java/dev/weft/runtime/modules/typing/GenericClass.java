package dev.weft.runtime.modules.typing;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code typing.Generic}. As in CPython, the class itself only forwards: subscription goes to
 * {@code typing._generic_class_getitem} and subclass creation to
 * {@code typing._generic_init_subclass}, both written in Python. When typing cannot be imported,
 * a simpler behaviour keeps generic classes usable: subscription gives a
 * {@code types.GenericAlias} and {@code __parameters__} lists the type parameters found in
 * {@code __orig_bases__}.
 */
final class GenericClass {
    private GenericClass() { }

    static final PyType TYPE = create();

    private static PyType create() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__doc__"), PyStr.of("Abstract base class for generic types."));
        ns.setItem(PyStr.intern("__class_getitem__"), new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null,
                (self, args, kw) -> classGetItem(args))));
        ns.setItem(PyStr.intern("__init_subclass__"), new PyClassMethod(new PyBuiltinFunction("__init_subclass__",
                null, GenericClass::initSubclass)));
        return ModuleTypes.heapClass("typing", "Generic", new PyType[] {PyType.OBJECT}, ns);
    }

    private static PyObject classGetItem(PyObject[] args) {
        if (args.length != 2) {
            throw Errors.typeError("__class_getitem__ expected 1 argument, got %d", args.length - 1);
        }
        PyObject f = TypingBridge.function("_generic_class_getitem");
        if (f != null) {
            return Calls.call2(f, args[0], args[1]);
        }
        return new PyGenericAlias(args[0], args[1]);
    }

    private static PyObject initSubclass(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject f = TypingBridge.function("_generic_init_subclass");
        if (f != null) {
            return Calls.call(f, args, kwnames);
        }
        PyType cls = (PyType) args[0];
        PyObject next = cls.lookupAfter(TYPE, "__init_subclass__");
        if (next != null) {
            Calls.call(Attr.bindDescriptor(next, cls, cls), Arrays.copyOfRange(args, 1, args.length), kwnames);
        }
        PyObject orig = cls.instanceDict().getItemOrNull(PyStr.intern("__orig_bases__"));
        List<PyObject> params = new ArrayList<>();
        if (orig instanceof PyTuple bases) {
            collectParameters(bases, params);
        }
        Attr.setAttr(cls, "__parameters__", PyTuple.of(params.toArray(new PyObject[0])));
        return dev.weft.runtime.types.PyNone.NONE;
    }

    private static void collectParameters(PyTuple items, List<PyObject> out) {
        for (PyObject item : items.toArray()) {
            if (item instanceof UnpackedTypeVarTuple u && !out.contains(u.origin)) {
                out.add(u.origin);
            } else if (item instanceof TypeParam) {
                if (!out.contains(item)) {
                    out.add(item);
                }
            } else if (item instanceof PyGenericAlias g) {
                collectParameters(g.args, out);
            }
        }
    }
}

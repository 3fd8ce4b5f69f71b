package dev.weft.runtime.modules.abc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PyStr;

import java.util.LinkedHashSet;
import java.util.Set;

/** {@code __abstractmethods__} of a new ABC, computed as CPython's {@code compute_abstract_methods}. */
final class Abstracts {
    private Abstracts() { }

    static void compute(PyType cls) {
        Set<String> names = new LinkedHashSet<>();
        // 1. the class's own abstract attributes
        PyObject[][] own = cls.instanceDict().snapshot();
        for (int i = 0; i < own[0].length; i++) {
            if (isAbstract(own[1][i])) {
                names.add(own[0][i].toString());
            }
        }
        // 2. inherited abstract methods that this class still does not implement
        for (PyType base : cls.bases()) {
            PyObject inherited = Attr.getAttrOrNull(base, "__abstractmethods__");
            if (inherited == null) {
                continue;
            }
            for (PyObject n : Protocols.toArray(inherited)) {
                PyObject value = Attr.getAttrOrNull(cls, n.toString());
                if (value != null && isAbstract(value)) {
                    names.add(n.toString());
                }
            }
        }
        PySet.Frozen result = new PySet.Frozen();
        for (String n : names) {
            result.add(PyStr.of(n));
        }
        Attr.setAttr(cls, "__abstractmethods__", result);
    }

    static boolean isAbstract(PyObject value) {
        PyObject flag = Attr.getAttrOrNull(value, "__isabstractmethod__");
        return flag != null && Ops.isTrue(flag);
    }
}

package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PySingleton;

import java.util.Map;
import java.util.TreeSet;

/** {@code functools.total_ordering}: the twelve derived comparisons of functools.py, with their truth rules. */
final class TotalOrdering {
    private TotalOrdering() { }

    private enum Rule { NOT_AND_NE, OR_EQ, NOT, NOT_OR_EQ, AND_NE }

    /** For each root: the three (name, rule) pairs it derives, in functools.py's order. */
    private static final Map<String, Object[][]> CONVERT = Map.of(
            "__lt__", new Object[][] {{"__gt__", Rule.NOT_AND_NE}, {"__le__", Rule.OR_EQ}, {"__ge__", Rule.NOT}},
            "__le__", new Object[][] {{"__ge__", Rule.NOT_OR_EQ}, {"__lt__", Rule.AND_NE}, {"__gt__", Rule.NOT}},
            "__gt__", new Object[][] {{"__lt__", Rule.NOT_AND_NE}, {"__ge__", Rule.OR_EQ}, {"__le__", Rule.NOT}},
            "__ge__", new Object[][] {{"__le__", Rule.NOT_OR_EQ}, {"__gt__", Rule.AND_NE}, {"__lt__", Rule.NOT}});

    static PyObject apply(PyObject cls) {
        TreeSet<String> roots = new TreeSet<>();
        for (String op : CONVERT.keySet()) {
            PyObject mine = Attr.getAttrOrNull(cls, op);
            PyObject objects = Attr.getAttrOrNull(PyType.OBJECT, op);
            if (mine != objects) {
                roots.add(op);
            }
        }
        if (roots.isEmpty()) {
            throw Errors.valueError("must define at least one ordering operation: < > <= >=");
        }
        String root = roots.last();
        for (Object[] pair : CONVERT.get(root)) {
            String name = (String) pair[0];
            if (!roots.contains(name)) {
                Attr.setAttr(cls, name, derived(root, name, (Rule) pair[1]));
            }
        }
        return cls;
    }

    private static PyFunction derived(String root, String name, Rule rule) {
        String qualname = "_" + name.substring(2, 4) + "_from_" + root.substring(2, 4);
        PyFunction f = JavaFunctions.fixed("functools", qualname, qualname, new String[] {"self", "other"}, null,
                (fn, a) -> {
                    PyObject self = a[0], other = a[1];
                    PyObject r = Calls.call2(Attr.getAttr(self.type(), root), self, other);
                    if (r == PySingleton.NOT_IMPLEMENTED) {
                        return r;
                    }
                    return switch (rule) {
                        case NOT_AND_NE -> Ops.isTrue(r) ? PyBool.FALSE : Ops.ne(self, other);
                        case OR_EQ -> Ops.isTrue(r) ? r : Ops.eq(self, other);
                        case NOT -> PyBool.of(!Ops.isTrue(r));
                        case NOT_OR_EQ -> !Ops.isTrue(r) ? PyBool.TRUE : Ops.eq(self, other);
                        case AND_NE -> !Ops.isTrue(r) ? r : Ops.ne(self, other);
                    };
                });
        f.setName(name);
        return f;
    }
}

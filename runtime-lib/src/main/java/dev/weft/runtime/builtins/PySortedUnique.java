package dev.weft.runtime.builtins;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyStr;

import java.util.List;
import java.util.TreeSet;

/** Sorting attribute names for dir(). */
final class PySortedUnique {
    private PySortedUnique() { }

    static void sortUnique(List<PyObject> names) {
        TreeSet<String> set = new TreeSet<>(PyStr::compare);
        for (PyObject n : names) {
            set.add(n.toString());
        }
        names.clear();
        for (String s : set) {
            names.add(PyStr.of(s));
        }
    }
}

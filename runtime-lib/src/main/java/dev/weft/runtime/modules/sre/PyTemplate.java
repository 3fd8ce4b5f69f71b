package dev.weft.runtime.modules.sre;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled replacement template ({@code _sre.template(pattern, list)}): the list
 * {@code [literal0, group1, literal1, ...]} that {@code re._parser.parse_template} builds.
 * Empty literals are dropped, as CPython does.
 */
final class PyTemplate extends PyObject {
    static final PyType TYPE = new PyType("_sre.SRE_Template", PyTemplate.class, PyType.OBJECT, t -> { },
            PyType.IMMUTABLE);

    /** The leading literal, or null. */
    final PyObject literal;
    final int[] groups;
    /** The literal after each group reference, or null. */
    final PyObject[] literals;

    private PyTemplate(PyObject literal, int[] groups, PyObject[] literals) {
        this.literal = literal;
        this.groups = groups;
        this.literals = literals;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyTemplate of(PyObject template) {
        if (!(template instanceof PyList list)) {
            throw Errors.typeError("template() argument 2 must be list, not %s", template.type().name());
        }
        PyObject[] items = list.toArray();
        if ((items.length & 1) == 0) {
            throw Errors.typeError("invalid template");
        }
        int n = items.length / 2;
        int[] groups = new int[n];
        PyObject[] literals = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyInt index = Protocols.index(items[2 * i + 1], null);
            if (!index.fitsLong() || index.longValue() < 0 || index.longValue() > Integer.MAX_VALUE) {
                throw Errors.typeError("invalid template");
            }
            groups[i] = (int) index.longValue();
            literals[i] = nonEmpty(items[2 * i + 2]);
        }
        return new PyTemplate(nonEmpty(items[0]), groups, literals);
    }

    private static PyObject nonEmpty(PyObject literal) {
        if (literal instanceof PyStr s && s.value().isEmpty() || literal instanceof PyBytes b && b.size() == 0) {
            return null;
        }
        return literal;
    }

    /** The template filled in from {@code m}; groups that did not take part count as empty. */
    PyObject expand(PyMatch m) {
        List<PyObject> parts = new ArrayList<>(1 + 2 * groups.length);
        if (literal != null) {
            parts.add(literal);
        }
        for (int i = 0; i < groups.length; i++) {
            int g = groups[i];
            if (g > m.pattern.groups) {
                throw Errors.indexError("no such group");
            }
            PyObject item = m.group(g);
            if (item != PyNone.NONE) {
                parts.add(item);
            }
            if (literals[i] != null) {
                parts.add(literals[i]);
            }
        }
        return Joiner.join(!(m.subject.original instanceof PyStr), parts);
    }
}

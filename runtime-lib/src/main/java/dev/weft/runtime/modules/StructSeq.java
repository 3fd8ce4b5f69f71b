package dev.weft.runtime.modules;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * Named tuples of C modules ({@code sys.version_info}, {@code time.struct_time}): a tuple
 * subclass whose first {@code visible} fields are its items and whose other fields are
 * attributes only (as {@code tm_zone} of {@code struct_time}).
 */
public final class StructSeq {
    private final PyType type;
    private final String reprName;
    private final String[] fields;
    private final int visible;
    private final java.util.function.Consumer<PyType> extra;

    /**
     * @param module   the {@code __module__} of the type
     * @param name     its {@code __name__}
     * @param reprName what the repr shows before the parenthesis
     */
    public StructSeq(String module, String name, String reprName, int visible, String... fields) {
        this(module, name, reprName, visible, null, fields);
    }

    /** As above; {@code extra} adds to (or replaces) the type's attributes once the fields are defined. */
    public StructSeq(String module, String name, String reprName, int visible,
                     java.util.function.Consumer<PyType> extra, String... fields) {
        this.reprName = reprName;
        this.fields = fields.clone();
        this.visible = visible;
        this.extra = extra;
        this.type = new PyType(name, PyTuple.class, PyTuple.TYPE, this::define, 0);
    }

    public StructSeq(String module, String name, String... fields) {
        this(module, name, module + "." + name, fields.length, fields);
    }

    public PyType type() {
        return type;
    }

    /** A value; {@code values} holds every field, visible ones first. */
    public PyTuple make(PyObject... values) {
        if (values.length != fields.length) {
            throw new IllegalArgumentException(reprName + " has " + fields.length + " fields");
        }
        PyObject[] items = new PyObject[visible];
        System.arraycopy(values, 0, items, 0, visible);
        PyTuple.Sub t = new PyTuple.Sub(type, items);
        if (visible < fields.length) {
            PyDict hidden = new PyDict();
            for (int i = visible; i < fields.length; i++) {
                hidden.setItem(PyStr.intern(fields[i]), values[i]);
            }
            t.setInstanceDict(hidden);
        }
        return t;
    }

    private void define(PyType t) {
        String module = reprName.contains(".") ? reprName.substring(0, reprName.lastIndexOf('.')) : null;
        if (module != null) {
            t.def("__module__", PyStr.intern(module));
        }
        for (int i = 0; i < visible; i++) {
            final int index = i;
            t.defGetSet(fields[i], self -> ((PyTuple) self).get(index), null);
        }
        t.def("n_fields", PyInt.of(fields.length));
        t.def("n_sequence_fields", PyInt.of(visible));
        t.def("n_unnamed_fields", PyInt.ZERO);
        PyObject[] names = new PyObject[visible];
        for (int i = 0; i < visible; i++) {
            names[i] = PyStr.intern(fields[i]);
        }
        t.def("__match_args__", PyTuple.of(names));
        t.def0("__repr__", self -> {
            PyTuple tup = (PyTuple) self;
            StringBuilder sb = new StringBuilder(reprName).append('(');
            for (int i = 0; i < tup.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields[i]).append('=').append(Ops.reprString(tup.get(i)));
            }
            return PyStr.of(sb.append(')').toString());
        });
        t.def0("__reduce__", self -> PyTuple.of(type, PyTuple.of(PyTuple.of(((PyTuple) self).toArray()))));
        t.defNew((cls, args, kw) -> {
            if (kw != null && kw.length > 0 || args.length < 1 || args.length > 2) {
                throw Errors.typeError("%s() takes a sequence and an optional dict", reprName);
            }
            PyObject[] items = Protocols.toArray(args[0]);
            int n = items.length;
            if (n < visible) {
                throw Errors.typeError(visible == fields.length
                        ? "%s() takes a %d-sequence (%d-sequence given)"
                        : "%s() takes an at least %d-sequence (%d-sequence given)", reprName, visible, n);
            }
            if (n > fields.length) {
                throw Errors.typeError(visible == fields.length
                        ? "%s() takes a %d-sequence (%d-sequence given)"
                        : "%s() takes an at most %d-sequence (%d-sequence given)", reprName, fields.length, n);
            }
            PyObject[] all = new PyObject[fields.length];
            for (int i = 0; i < fields.length; i++) {
                all[i] = i < n ? items[i] : PyNone.NONE;
            }
            return make(all);
        });
        if (extra != null) {
            extra.accept(t);
        }
    }
}

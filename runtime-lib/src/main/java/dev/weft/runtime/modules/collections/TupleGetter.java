package dev.weft.runtime.modules.collections;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** {@code _collections._tuplegetter(index, doc)}: the read-only field accessors of namedtuple classes. */
final class TupleGetter extends PyObject implements Descriptor {
    static final PyType TYPE = ModuleDefs.type("_collections", "_tuplegetter", TupleGetter.class, PyType.OBJECT,
            TupleGetter::define, PyType.IMMUTABLE);

    private final int index;
    private volatile PyObject doc;

    TupleGetter(int index, PyObject doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null || obj == PyNone.NONE) {
            return this;
        }
        if (!(obj instanceof PyTuple t)) {
            throw Errors.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
                    index, obj.type().name());
        }
        if (index >= t.size()) {
            throw Errors.indexError("tuple index out of range");
        }
        return t.get(index);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        throw Errors.attributeError("can't set attribute");
    }

    @Override
    public void delete(PyObject obj) {
        throw Errors.attributeError("can't delete attribute");
    }

    private static TupleGetter g(PyObject o) {
        return (TupleGetter) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            dev.weft.runtime.call.ArgParse.noKeywords("_tuplegetter", kw);
            if (args.length != 2) {
                throw Errors.typeError("_tuplegetter expected 2 arguments, got %d", args.length);
            }
            long i = Protocols.index(args[0], null).longValue();
            return new TupleGetter((int) i, args[1]);
        });
        t.def2("__get__", 1, (self, obj, type) -> g(self).get(obj, type instanceof PyType ty ? ty : null));
        t.def2("__set__", 2, (self, obj, v) -> {
            g(self).set(obj, v);
            return PyNone.NONE;
        });
        t.def1("__delete__", (self, obj) -> {
            g(self).delete(obj);
            return PyNone.NONE;
        });
        t.defGetSet("__doc__", self -> g(self).doc, (self, v) -> {
            g(self).doc = v == null ? PyNone.NONE : v;
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> PyStr.of("_tuplegetter(" + g(self).index + ", " + Ops.reprString(g(self).doc) + ")"));
        t.def0("__reduce__", self -> PyTuple.of(TYPE, PyTuple.of(PyInt.of(g(self).index), g(self).doc)));
    }
}

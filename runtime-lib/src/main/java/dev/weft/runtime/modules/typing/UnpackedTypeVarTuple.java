package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyStr;

/**
 * {@code *Ts} when typing cannot be imported (CPython gives {@code typing.Unpack[Ts]}): enough
 * for annotations and generic bases, shown as {@code *Ts}.
 */
final class UnpackedTypeVarTuple extends PyObject {
    static final PyType TYPE = ModuleDefs.type("typing", "_UnpackedTypeVarTuple", UnpackedTypeVarTuple.class,
            PyType.OBJECT, UnpackedTypeVarTuple::define, 0);

    final PyTypeVarTuple origin;

    UnpackedTypeVarTuple(PyTypeVarTuple origin) {
        this.origin = origin;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static void define(PyType t) {
        t.def0("__repr__", self -> PyStr.of("*" + ((UnpackedTypeVarTuple) self).origin.name));
        t.defGetSet("__typing_is_unpacked_typevartuple__", self -> PyBool.TRUE, null);
        t.defGetSet("__origin__", self -> ((UnpackedTypeVarTuple) self).origin, null);
    }
}

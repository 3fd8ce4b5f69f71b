package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import dev.weft.runtime.types.PyUnionType;

/**
 * {@code typing.TypeAliasType}: what {@code type X = ...} creates (CPython 3.13's C
 * implementation in {@code _typing}). Immutable; {@code __value__} is evaluated on first access
 * for a {@code type} statement.
 */
final class PyTypeAliasType extends PyObject {
    static final PyType TYPE = ModuleDefs.type("typing", "TypeAliasType", PyTypeAliasType.class, PyType.OBJECT,
            PyTypeAliasType::define, 0);

    final String name;
    final PyTuple typeParams;
    private final Lazy value;
    private final PyObject module;

    PyTypeAliasType(String name, PyTuple typeParams, Lazy value, PyObject module) {
        this.name = name;
        this.typeParams = typeParams;
        this.value = value;
        this.module = module;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyTypeAliasType ta(PyObject o) {
        return (PyTypeAliasType) o;
    }

    /** {@code __parameters__}: the type parameters, each TypeVarTuple unpacked. */
    PyTuple parameters() {
        PyObject[] items = typeParams.toArray();
        for (int k = 0; k < items.length; k++) {
            if (items[k] instanceof PyTypeVarTuple) {
                items[k] = PyTypeVarTuple.unpacked(items[k]);
            }
        }
        return PyTuple.of(items);
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            Args a = new Args("typealias", args, kw, 2, "name", "value", "type_params");
            String name = TypeParam.nameArgument("typealias", a.first("typealias", "name"));
            PyObject value = a.positional.length > 1 ? a.positional[1] : a.keyword("value");
            if (value == null) {
                throw Errors.typeError("typealias() missing required argument 'value' (pos 2)");
            }
            PyObject params = a.keyword("type_params");
            if (params != null && !(params instanceof PyTuple)) {
                throw Errors.typeError("type_params must be a tuple");
            }
            String module = TypingBridge.callerModule();
            return new PyTypeAliasType(name, params == null ? PyTuple.EMPTY : (PyTuple) params, Lazy.of(value),
                    module == null ? PyNone.NONE : PyStr.of(module));
        });
        t.def0("__repr__", self -> PyStr.of(ta(self).name));
        t.defGetSet("__name__", self -> PyStr.of(ta(self).name), null);
        t.defGetSet("__value__", self -> ta(self).value.get(), null);
        t.defGetSet("__type_params__", self -> ta(self).typeParams, null);
        t.defGetSet("__parameters__", self -> ta(self).parameters(), null);
        t.defGetSet("__module__", self -> ta(self).module, null);
        t.def0("__reduce__", self -> PyStr.of(ta(self).name));
        t.def1("__getitem__", (self, args) -> {
            if (ta(self).typeParams.size() == 0) {
                throw Errors.typeError("Only generic type aliases are subscriptable");
            }
            return new PyGenericAlias(self, args);
        });
        t.def1("__mro_entries__", (self, bases) -> {
            throw Errors.typeError("Cannot subclass an instance of TypeAliasType");
        });
        t.def1("__or__", (self, other) -> PyUnionType.or(self, other));
        t.def1("__ror__", (self, other) -> PyUnionType.or(other, self));
    }
}

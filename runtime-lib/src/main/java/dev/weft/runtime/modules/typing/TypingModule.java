package dev.weft.runtime.modules.typing;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyStr;

/**
 * {@code _typing}: the parts of typing CPython writes in C (TypeVar, ParamSpec, TypeVarTuple,
 * ParamSpecArgs, ParamSpecKwargs, TypeAliasType, Generic, NoDefault, {@code _idfunc}), which
 * typing.py imports and the PEP 695 intrinsics create ({@link Pep695}).
 */
public final class TypingModule {
    private TypingModule() { }

    static final PyType NO_DEFAULT_TYPE = ModuleTypes.type("builtins", "NoDefaultType", NoDefault.class, null, false,
            t -> {
                t.defNew((cls, args, kw) -> {
                    if (args.length > 0) {
                        throw dev.weft.runtime.exc.Errors.typeError("NoDefaultType takes no arguments");
                    }
                    return TypingModule.NO_DEFAULT;
                });
                t.def0("__repr__", self -> PyStr.of("typing.NoDefault"));
                t.def0("__reduce__", self -> PyStr.of("NoDefault"));
            });

    /** {@code typing.NoDefault}: the {@code __default__} of a type parameter without one. */
    static final PyObject NO_DEFAULT = new NoDefault();

    private static final class NoDefault extends PyObject {
        @Override
        public PyType type() {
            return NO_DEFAULT_TYPE;
        }
    }

    private static volatile PyModule module;

    public static synchronized PyModule create() {
        if (module == null) {
            PyModule m = new PyModule("_typing");
            m.put("_idfunc", new PyBuiltinFunction("_idfunc", 1, 1,
                    (dev.weft.runtime.call.Fn.F1) (self, x) -> x));
            ModuleDefs.putType(m, PyTypeVar.TYPE);
            ModuleDefs.putType(m, PyParamSpec.TYPE);
            ModuleDefs.putType(m, ParamSpecAttr.ARGS);
            ModuleDefs.putType(m, ParamSpecAttr.KWARGS);
            ModuleDefs.putType(m, PyTypeVarTuple.TYPE);
            ModuleDefs.putType(m, PyTypeAliasType.TYPE);
            m.put("Generic", GenericClass.TYPE);
            m.put("NoDefault", NO_DEFAULT);
            module = m;
        }
        return module;
    }
}

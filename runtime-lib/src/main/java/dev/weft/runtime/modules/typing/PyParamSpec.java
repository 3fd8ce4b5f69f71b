package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** {@code typing.ParamSpec} (CPython 3.13's C implementation in {@code _typing}). */
final class PyParamSpec extends TypeParam {
    static final PyType TYPE = ModuleDefs.type("typing", "ParamSpec", PyParamSpec.class, PyType.OBJECT,
            PyParamSpec::define, PyType.INSTANCE_DICT);

    private final PyObject bound;
    final boolean covariant;
    final boolean contravariant;
    final boolean inferVariance;

    PyParamSpec(String name, PyObject bound, Lazy defaultValue, boolean covariant, boolean contravariant,
                boolean inferVariance, String module) {
        super(name, defaultValue, module);
        this.bound = bound;
        this.covariant = covariant;
        this.contravariant = contravariant;
        this.inferVariance = inferVariance;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyParamSpec ps(PyObject o) {
        return (PyParamSpec) o;
    }

    static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        Args a = new Args("paramspec", args, kwnames, 1, "name", "bound", "covariant", "contravariant",
                "infer_variance", "default");
        String name = nameArgument("paramspec", a.first("paramspec", "name"));
        boolean covariant = flag(a.keyword("covariant"));
        boolean contravariant = flag(a.keyword("contravariant"));
        boolean infer = flag(a.keyword("infer_variance"));
        if (covariant && contravariant) {
            throw Errors.valueError("Bivariant types are not supported.");
        }
        if (infer && (covariant || contravariant)) {
            throw Errors.valueError("Variance cannot be specified with infer_variance.");
        }
        PyObject bound = a.keyword("bound");
        if (bound != null && bound != PyNone.NONE) {
            bound = typeCheck(bound, "Bound must be a type.");
        } else {
            bound = null;
        }
        PyObject dflt = a.keyword("default");
        Lazy defaultValue = dflt == null || dflt == TypingModule.NO_DEFAULT ? null : Lazy.of(dflt);
        return new PyParamSpec(name, bound, defaultValue, covariant, contravariant, infer,
                TypingBridge.callerModule());
    }

    static void define(PyType t) {
        t.def("__module__", PyStr.intern("typing"));
        t.defNew(PyParamSpec::construct);
        defineCommon(t, "ParamSpec");
        defineUnion(t);
        t.def0("__repr__", self -> PyStr.of(variancePrefix(ps(self).inferVariance, ps(self).covariant,
                ps(self).contravariant) + ps(self).name));
        t.defGetSet("__bound__", self -> ps(self).bound == null ? PyNone.NONE : ps(self).bound, null);
        t.defGetSet("__covariant__", self -> PyBool.of(ps(self).covariant), null);
        t.defGetSet("__contravariant__", self -> PyBool.of(ps(self).contravariant), null);
        t.defGetSet("__infer_variance__", self -> PyBool.of(ps(self).inferVariance), null);
        t.defGetSet("args", self -> new ParamSpecAttr(ParamSpecAttr.ARGS, self), null);
        t.defGetSet("kwargs", self -> new ParamSpecAttr(ParamSpecAttr.KWARGS, self), null);
        t.def1("__typing_subst__", (self, arg) -> typingOnly("_paramspec_subst", self, arg));
        t.def2("__typing_prepare_subst__", (self, alias, args) ->
                typingOnly("_paramspec_prepare_subst", self, alias, args));
    }

    static PyObject typingOnly(String function, PyObject... args) {
        PyObject r = TypingBridge.call(function, args);
        if (r == null) {
            throw Errors.notImplemented("substituting a ParamSpec needs the typing module, which cannot be imported");
        }
        return r;
    }
}

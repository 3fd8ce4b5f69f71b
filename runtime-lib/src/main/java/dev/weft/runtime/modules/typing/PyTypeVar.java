package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.Arrays;

/** {@code typing.TypeVar} (CPython 3.13's C implementation in {@code _typing}). */
final class PyTypeVar extends TypeParam {
    static final PyType TYPE = ModuleDefs.type("typing", "TypeVar", PyTypeVar.class, PyType.OBJECT,
            PyTypeVar::define, PyType.INSTANCE_DICT);

    private final Lazy bound;
    private final Lazy constraints;
    final boolean covariant;
    final boolean contravariant;
    final boolean inferVariance;

    PyTypeVar(String name, Lazy bound, Lazy constraints, Lazy defaultValue, boolean covariant,
              boolean contravariant, boolean inferVariance, String module) {
        super(name, defaultValue, module);
        this.bound = bound;
        this.constraints = constraints;
        this.covariant = covariant;
        this.contravariant = contravariant;
        this.inferVariance = inferVariance;
    }

    /** A TypeVar of a PEP 695 type parameter list (variance inferred). */
    static PyTypeVar ofTypeParameter(String name, Lazy bound, Lazy constraints) {
        return new PyTypeVar(name, bound, constraints, null, false, false, true, null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject bound() {
        return bound == null ? PyNone.NONE : bound.get();
    }

    PyObject constraints() {
        return constraints == null ? PyTuple.EMPTY : constraints.get();
    }

    private static PyTypeVar tv(PyObject o) {
        return (PyTypeVar) o;
    }

    static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        Args a = new Args("typevar", args, kwnames, Integer.MAX_VALUE, "name", "bound", "covariant",
                "contravariant", "infer_variance", "default");
        String name = nameArgument("typevar", a.first("typevar", "name"));
        PyObject[] constraints = a.positional.length > 1 ? Arrays.copyOfRange(a.positional, 1, a.positional.length)
                : new PyObject[0];
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
        if (bound == PyNone.NONE) {
            bound = null;
        }
        if (bound != null) {
            bound = typeCheck(bound, "Bound must be a type.");
        }
        if (constraints.length == 1) {
            throw Errors.typeError("A single constraint is not allowed");
        }
        if (constraints.length > 1 && bound != null) {
            throw Errors.typeError("Constraints cannot be combined with bound=...");
        }
        for (int k = 0; k < constraints.length; k++) {
            constraints[k] = typeCheck(constraints[k], "TypeVar(name, constraint, ...): constraints must be types.");
        }
        PyObject dflt = a.keyword("default");
        Lazy defaultValue = dflt == null || dflt == TypingModule.NO_DEFAULT ? null : Lazy.of(dflt);
        return new PyTypeVar(name, Lazy.of(bound), constraints.length == 0 ? null : Lazy.of(PyTuple.of(constraints)),
                defaultValue, covariant, contravariant, infer, TypingBridge.callerModule());
    }

    static void define(PyType t) {
        t.def("__module__", PyStr.intern("typing"));
        t.defNew(PyTypeVar::construct);
        defineCommon(t, "TypeVar");
        defineUnion(t);
        t.def0("__repr__", self -> PyStr.of(variancePrefix(tv(self).inferVariance, tv(self).covariant,
                tv(self).contravariant) + tv(self).name));
        t.defGetSet("__bound__", self -> tv(self).bound(), null);
        t.defGetSet("__constraints__", self -> tv(self).constraints(), null);
        t.defGetSet("__covariant__", self -> PyBool.of(tv(self).covariant), null);
        t.defGetSet("__contravariant__", self -> PyBool.of(tv(self).contravariant), null);
        t.defGetSet("__infer_variance__", self -> PyBool.of(tv(self).inferVariance), null);
        t.def1("__typing_subst__", (self, arg) -> {
            PyObject r = TypingBridge.call("_typevar_subst", self, arg);
            return r != null ? r : arg;
        });
        t.def2("__typing_prepare_subst__", (self, alias, args) -> prepareSubst(tv(self), alias, args));
    }

    /** 3.13: missing trailing arguments take the parameters' defaults. */
    private static PyObject prepareSubst(PyTypeVar self, PyObject alias, PyObject args) {
        PyTuple params = (PyTuple) dev.weft.runtime.ops.Attr.getAttr(alias, "__parameters__");
        PyTuple given = (PyTuple) args;
        int i = 0;
        while (i < params.size() && params.get(i) != self) {
            i++;
        }
        if (i < given.size()) {
            return args;
        }
        if (i == given.size() && self.hasDefault()) {
            PyObject[] items = Arrays.copyOf(given.toArray(), given.size() + 1);
            items[given.size()] = self.defaultValue();
            return PyTuple.of(items);
        }
        throw Errors.typeError("Too few arguments for %s; actual %d, expected at least %d",
                dev.weft.runtime.ops.Ops.reprString(alias), given.size(), i + 1);
    }
}

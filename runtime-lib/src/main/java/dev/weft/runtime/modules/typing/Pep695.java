package dev.weft.runtime.modules.typing;

import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * The PEP 695/696 intrinsics (CPython's {@code CALL_INTRINSIC_1/2} for type parameters and
 * aliases): generated code reaches them through {@code link.TypeParamSupport}. Evaluators are
 * functions of no arguments, called at most once, on first access.
 */
public final class Pep695 {
    private Pep695() { }

    public static PyObject typeVar(PyObject name) {
        return PyTypeVar.ofTypeParameter(str(name), null, null);
    }

    public static PyObject typeVarWithBound(PyObject name, PyObject evaluator) {
        return PyTypeVar.ofTypeParameter(str(name), Lazy.evaluatedBy(evaluator), null);
    }

    public static PyObject typeVarWithConstraints(PyObject name, PyObject evaluator) {
        return PyTypeVar.ofTypeParameter(str(name), null, Lazy.evaluatedBy(evaluator));
    }

    public static PyObject paramSpec(PyObject name) {
        return new PyParamSpec(str(name), null, null, false, false, true, null);
    }

    public static PyObject typeVarTuple(PyObject name) {
        return new PyTypeVarTuple(str(name), null, null);
    }

    public static PyObject setTypeParamDefault(PyObject typeParam, PyObject evaluator) {
        ((TypeParam) typeParam).setDefault(Lazy.evaluatedBy(evaluator));
        return typeParam;
    }

    public static PyObject setFunctionTypeParams(PyObject function, PyObject typeParams) {
        if (function instanceof PyFunction f && typeParams instanceof PyTuple t) {
            f.setTypeParams(t);
        } else {
            Attr.setAttr(function, "__type_params__", typeParams);
        }
        return function;
    }

    /** {@code Generic[*params]}, each TypeVarTuple unpacked: the implicit base of a generic class. */
    public static PyObject subscriptGeneric(PyObject typeParams) {
        PyObject[] items = ((PyTuple) typeParams).toArray();
        for (int k = 0; k < items.length; k++) {
            if (items[k] instanceof PyTypeVarTuple) {
                items[k] = PyTypeVarTuple.unpacked(items[k]);
            }
        }
        return Protocols.getItem(GenericClass.TYPE, PyTuple.of(items));
    }

    public static PyObject typeAlias(PyObject name, PyObject typeParams, PyObject evaluator, PyDict globals) {
        PyObject module = globals.getItemOrNull(PyStr.intern("__name__"));
        PyTuple params = typeParams == PyNone.NONE ? PyTuple.EMPTY : (PyTuple) typeParams;
        return new PyTypeAliasType(str(name), params, Lazy.evaluatedBy(evaluator), module == null ? PyNone.NONE : module);
    }

    private static String str(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.systemError("type parameter name %s is not a str", name.type().name());
        }
        return s.value();
    }
}

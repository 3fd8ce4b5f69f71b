package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.modules.typing.Pep695;
import dev.weft.runtime.types.PyDict;

/**
 * What the {@code intrinsic} instruction compiles to (PEP 695 type parameters and the
 * {@code type} statement): one method per intrinsic, named after it, implemented by the
 * {@code _typing} module's {@link Pep695}.
 */
public final class TypeParamSupport {
    private TypeParamSupport() { }

    public static PyObject typeVar(PyObject name) {
        return Pep695.typeVar(name);
    }

    public static PyObject typeVarWithBound(PyObject name, PyObject evaluator) {
        return Pep695.typeVarWithBound(name, evaluator);
    }

    public static PyObject typeVarWithConstraints(PyObject name, PyObject evaluator) {
        return Pep695.typeVarWithConstraints(name, evaluator);
    }

    public static PyObject paramSpec(PyObject name) {
        return Pep695.paramSpec(name);
    }

    public static PyObject typeVarTuple(PyObject name) {
        return Pep695.typeVarTuple(name);
    }

    public static PyObject setTypeParamDefault(PyObject typeParam, PyObject evaluator) {
        return Pep695.setTypeParamDefault(typeParam, evaluator);
    }

    public static PyObject setFunctionTypeParams(PyObject function, PyObject typeParams) {
        return Pep695.setFunctionTypeParams(function, typeParams);
    }

    public static PyObject subscriptGeneric(PyObject typeParams) {
        return Pep695.subscriptGeneric(typeParams);
    }

    public static PyObject typeAlias(PyObject name, PyObject typeParams, PyObject evaluator, PyDict globals) {
        return Pep695.typeAlias(name, typeParams, evaluator, globals);
    }
}

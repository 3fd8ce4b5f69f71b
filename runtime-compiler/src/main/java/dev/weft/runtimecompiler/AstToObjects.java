package dev.weft.runtimecompiler;

import dev.weft.frontend.ast.BoolOpKind;
import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.UnaryOpKind;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ast.AstClasses;
import dev.weft.runtime.modules.ast.AstNode;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;

import java.math.BigInteger;
import java.util.List;

/**
 * The frontend's tree as Python {@code ast} objects, what {@code ast.parse} returns: each node
 * becomes an object of the {@code _ast} class of the same name with its fields and, for nodes
 * that have them, its positions (UTF-8 byte columns, as the frontend already counts them).
 * Field-less operator and context nodes are the shared instances, as in CPython's parser.
 */
final class AstToObjects {
    private static final PyStr LINENO = PyStr.intern("lineno");
    private static final PyStr COL_OFFSET = PyStr.intern("col_offset");
    private static final PyStr END_LINENO = PyStr.intern("end_lineno");
    private static final PyStr END_COL_OFFSET = PyStr.intern("end_col_offset");

    private final AstClasses classes = AstClasses.get();

    PyObject convert(Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof Node n) {
            return node(n);
        }
        if (value instanceof List<?> items) {
            PyObject[] out = new PyObject[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = convert(items.get(i));
            }
            return new PyList(out);
        }
        if (value instanceof String s) {
            return PyStr.of(s);
        }
        if (value instanceof Integer i) {
            return PyInt.of(i);
        }
        if (value instanceof ExprContext e) {
            return classes.singleton(e.nodeName());
        }
        if (value instanceof Operator e) {
            return classes.singleton(e.nodeName());
        }
        if (value instanceof BoolOpKind e) {
            return classes.singleton(e.nodeName());
        }
        if (value instanceof UnaryOpKind e) {
            return classes.singleton(e.nodeName());
        }
        if (value instanceof CmpOpKind e) {
            return classes.singleton(e.nodeName());
        }
        return constant(value);
    }

    private PyObject node(Node n) {
        AstNode obj = classes.newNode(n.nodeName());
        PyDict dict = obj.instanceDict();
        List<String> names = n.fieldNames();
        for (int i = 0; i < names.size(); i++) {
            dict.setItem(PyStr.intern(names.get(i)), convert(n.field(i)));
        }
        if (n.hasLocation()) {
            dict.setItem(LINENO, PyInt.of(n.lineno));
            dict.setItem(COL_OFFSET, PyInt.of(n.colOffset));
            dict.setItem(END_LINENO, PyInt.of(n.endLineno));
            dict.setItem(END_COL_OFFSET, PyInt.of(n.endColOffset));
        }
        return obj;
    }

    /** A {@link ConstantValue} as the Python object it stands for. */
    static PyObject constant(Object value) {
        if (value == ConstantValue.NONE) {
            return PyNone.NONE;
        }
        if (value == ConstantValue.ELLIPSIS) {
            return PySingleton.ELLIPSIS;
        }
        if (value instanceof Boolean b) {
            return b ? PyBool.TRUE : PyBool.FALSE;
        }
        if (value instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (value instanceof Double d) {
            return PyFloat.of(d);
        }
        if (value instanceof ConstantValue.Imaginary im) {
            return new PyComplex(0.0, im.imag());
        }
        if (value instanceof ConstantValue.Bytes b) {
            return PyBytes.of(b.toArray());
        }
        if (value instanceof ConstantValue.CodePointStr) {
            // a Python str would merge the two lone surrogates into one character, as a Java string does
            throw Errors.notImplemented("a str constant with a lone high surrogate followed by a lone low surrogate "
                    + "is not supported by weft yet");
        }
        throw new IllegalStateException("not a constant of the frontend's tree: " + value.getClass().getName());
    }
}

package dev.weft.runtime.modules.ast;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import dev.weft.runtime.types.PyUnionType;

import java.util.ArrayList;
import java.util.List;

/**
 * An object of {@code ast.AST} or of any of its subclasses: its fields and positions live in
 * its instance dict, as in CPython. {@code AST.__init__} follows CPython 3.13: positional and
 * keyword fields, list fields default to {@code []}, {@code ctx} to {@code Load()}, optional
 * fields to the class's None, and missing required fields or unknown keywords only warn
 * (DeprecationWarning).
 */
public final class AstNode extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("ast", "AST", AstNode.class, null, true, AstNode::define);

    AstNode(PyType type) {
        super(type);
    }

    private static void define(PyType t) {
        t.def("_fields", PyTuple.EMPTY);
        t.def("_attributes", PyTuple.EMPTY);
        t.def("__match_args__", PyTuple.EMPTY);
        t.def("__doc__", PyNone.NONE);
        t.defNew((cls, args, kw) -> new AstNode(cls));
        t.defV("__init__", AstNode::init);
        t.def0("__reduce__", AstNode::reduce);
    }

    /** The name CPython's messages use: {@code tp_name}, which is {@code ast.AST} for the base only. */
    private static String typeName(PyType t) {
        return t == TYPE ? "ast.AST" : t.name();
    }

    private static PyObject[] sequence(PyObject cls, String name) {
        PyObject v = Attr.getAttrOrNull(cls, name);
        return v == null ? new PyObject[0] : Protocols.toArray(v);
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kw) {
        PyType cls = self.type();
        PyObject[] fields = sequence(cls, "_fields");
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > fields.length) {
            throw Errors.typeError("%s constructor takes at most %d positional argument%s", cls.name(), fields.length,
                    fields.length == 1 ? "" : "s");
        }
        boolean[] given = new boolean[fields.length];
        for (int i = 0; i < npos; i++) {
            Attr.setAttr(self, ((PyStr) fields[i]).value(), args[i]);
            given[i] = true;
        }
        PyObject[] attributes = null;
        for (int i = 0; i < nkw; i++) {
            PyStr key = PyStr.of(kw[i]);
            int index = indexOf(fields, key);
            if (index >= 0 && index < npos) {
                throw Errors.typeError("%s got multiple values for argument '%s'", cls.name(), kw[i]);
            }
            if (index < 0) {
                if (attributes == null) {
                    attributes = sequence(cls, "_attributes");
                }
                if (indexOf(attributes, key) < 0) {
                    warn(String.format("%s.__init__ got an unexpected keyword argument '%s'. Support for arbitrary "
                            + "keyword arguments is deprecated and will be removed in Python 3.15.", typeName(cls), kw[i]));
                }
            }
            if (index >= 0) {
                given[index] = true;
            }
            Attr.setAttr(self, kw[i], args[npos + i]);
        }
        List<PyObject> remaining = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (!given[i]) {
                remaining.add(fields[i]);
            }
        }
        if (!remaining.isEmpty()) {
            defaultMissing(self, cls, remaining);
        }
        return PyNone.NONE;
    }

    private static int indexOf(PyObject[] names, PyStr key) {
        for (int i = 0; i < names.length; i++) {
            if (Ops.eqBool(names[i], key)) {
                return i;
            }
        }
        return -1;
    }

    /** Fields not given: what their {@code _field_types} entry says (no {@code _field_types}: left unset). */
    private static void defaultMissing(PyObject self, PyType cls, List<PyObject> remaining) {
        PyObject fieldTypes = Attr.getAttrOrNull(cls, "_field_types");
        if (!(fieldTypes instanceof PyDict types)) {
            return;
        }
        PyObject exprContext = AstClasses.get().byName("expr_context").type();
        for (PyObject name : remaining) {
            PyObject t = types.getItemOrNull(name);
            if (t == null) {
                continue;
            }
            String field = ((PyStr) name).value();
            if (t instanceof PyGenericAlias g && g.origin == PyList.TYPE) {
                Attr.setAttr(self, field, new PyList());
            } else if (t == exprContext) {
                Attr.setAttr(self, field, AstClasses.get().singleton("Load"));
            } else if (t instanceof PyUnionType u && List.of(u.args.toArray()).contains(PyNone.NONE.type())) {
                continue; // the class attribute None serves
            } else {
                warn(String.format("%s.__init__ missing 1 required positional argument: '%s'. This will become an "
                        + "error in Python 3.15.", typeName(cls), field));
            }
        }
    }

    /** {@code warnings.warn(message, DeprecationWarning)}; nothing when Lib's warnings is not there (no weft-stdlib). */
    private static void warn(String message) {
        PyObject warnings;
        try {
            warnings = Importer.importModule("warnings");
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ImportError)) {
                throw e;
            }
            return;
        }
        Calls.call2(Attr.getAttr(warnings, "warn"), PyStr.of(message), ExceptionTypes.DeprecationWarning);
    }

    /**
     * {@code (type(self), (None,) * k, dict)}: k is the number of leading fields the node has,
     * so that unpickling passes its required fields positionally (no DeprecationWarning) and
     * then sets the real values from the dict, as CPython 3.13 does.
     */
    private static PyObject reduce(PyObject self) {
        PyDict dict = self instanceof dev.weft.runtime.core.HasDict h ? h.instanceDict() : null;
        PyObject[] fields = sequence(self.type(), "_fields");
        int k = 0;
        while (dict != null && k < fields.length && dict.getItemOrNull(fields[k]) != null) {
            k++;
        }
        PyObject[] nones = new PyObject[k];
        java.util.Arrays.fill(nones, PyNone.NONE);
        return PyTuple.of(self.type(), PyTuple.of(nones), dict == null ? new PyDict() : dict);
    }
}

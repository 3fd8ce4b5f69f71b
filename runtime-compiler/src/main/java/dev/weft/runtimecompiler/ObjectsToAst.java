package dev.weft.runtimecompiler;

import dev.weft.frontend.ast.BoolOpKind;
import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.UnaryOpKind;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ast.AstClasses;
import dev.weft.runtime.modules.ast.AstNode;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tree of Python {@code ast} objects as the frontend's tree, for {@code compile(tree, ...)}:
 * each object's {@code _ast} class names the frontend class, whose constructor's parameters
 * (CPython's fields, in order) say what each field must hold. Malformed trees raise CPython's
 * errors for the common mistakes: a missing required field or position ({@code TypeError:
 * required field "lineno" missing from stmt}), a node of the wrong kind, a non-list where a
 * list belongs, an invalid constant, a None in a required field, an empty body.
 */
final class ObjectsToAst {
    private static final String PACKAGE = "dev.weft.frontend.ast.";
    /** Frontend class names that differ from CPython's (see frontend/tools/gen_ast.py). */
    private static final Map<String, String> JAVA_NAMES = Map.of("Expr", "ExprStmt", "comprehension", "Comprehension",
            "arguments", "Arguments", "arg", "Arg", "keyword", "Keyword", "alias", "Alias", "withitem", "WithItem",
            "match_case", "MatchCase");
    private static final Map<String, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private final AstClasses classes = AstClasses.get();

    /** Converts {@code obj}, which must be an instance of the {@code _ast} class {@code kind} (e.g. "Module"). */
    Node convert(PyObject obj, String kind) {
        return (Node) node(obj, classes.byName(kind));
    }

    private Object node(PyObject obj, AstClasses.NodeClass expected) {
        if (!(obj instanceof AstNode) || !obj.type().isSubtypeOf(expected.type())) {
            throw Errors.typeError("expected some sort of %s, but got %s", expected.name(), Ops.reprString(obj));
        }
        AstClasses.NodeClass cls = astClassOf(obj.type());
        if (cls.fields() == null) {
            throw Errors.typeError("expected some sort of %s, but got %s", expected.name(), Ops.reprString(obj));
        }
        // positions first: CPython reports a node's missing lineno before anything missing inside it
        int[] at = isLocated(cls) ? positions(obj, cls) : null;
        Constructor<?> ctor = CONSTRUCTORS.computeIfAbsent(cls.name(), ObjectsToAst::constructor);
        Type[] types = ctor.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            AstClasses.Field f = cls.fields().get(i);
            PyObject v = Attr.getAttrOrNull(obj, f.name());
            if (v == null && !f.sequence() && !f.optional()) {
                throw Errors.typeError("required field \"%s\" missing from %s", f.name(), cls.name());
            }
            args[i] = value(v, f, types[i], cls.name());
        }
        Object made;
        try {
            made = ctor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw Errors.systemError("cannot build the %s node: %s", cls.name(), e);
        }
        if (at != null && made instanceof Node n) {
            n.at(at[0], at[1], at[2], at[3]);
        }
        checkBody(made, cls, args);
        return made;
    }

    /** The {@code _ast} class an object's class is or derives from. */
    private AstClasses.NodeClass astClassOf(PyType t) {
        for (PyType m : t.mro()) {
            AstClasses.NodeClass c = classes.of(m);
            if (c != null) {
                return c;
            }
        }
        throw Errors.typeError("expected an ast node, got %s", t.name());
    }

    private static Constructor<?> constructor(String pythonName) {
        try {
            return Class.forName(PACKAGE + JAVA_NAMES.getOrDefault(pythonName, pythonName)).getConstructors()[0];
        } catch (ClassNotFoundException e) {
            throw Errors.systemError("the compiler has no node class for ast.%s", pythonName);
        }
    }

    private Object value(PyObject v, AstClasses.Field f, Type javaType, String owner) {
        if (f.sequence()) {
            if (v == null) {
                return new ArrayList<>();
            }
            if (!(v instanceof PyList list)) {
                throw Errors.typeError("%s field \"%s\" must be a list, not a %s", owner, f.name(), v.type().name());
            }
            Type element = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            AstClasses.Field one = new AstClasses.Field(f.name(), f.type(), true, false);
            List<Object> out = new ArrayList<>();
            for (PyObject item : list.toArray()) {
                out.add(value(item, one, element, owner));
            }
            return out;
        }
        if (v == null || v == PyNone.NONE) {
            if (javaType instanceof Class<?> c && c.isEnum()) {
                throw Errors.typeError("expected some sort of %s, but got None", f.type());
            }
            if (!f.optional()) {
                throw Errors.valueError("field '%s' is required for %s", f.name(), owner);
            }
            return null;
        }
        return switch (f.type()) {
            case "str" -> identifier(v, f, owner);
            case "int" -> (int) ((PyInt) requireInt(v)).longValue();
            case "object" -> constant(v);
            default -> javaType instanceof Class<?> c && c.isEnum() ? enumValue(v, f, c)
                    : node(v, classes.byName(f.type()));
        };
    }

    private static PyObject requireInt(PyObject v) {
        if (!(v instanceof PyInt) || v instanceof PyBool) {
            throw Errors.typeError("invalid integer value: %s", Ops.reprString(v));
        }
        return v;
    }

    private static String identifier(PyObject v, AstClasses.Field f, String owner) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("AST %s must be of type str", f.name().equals("kind") || f.name().equals("tag")
                    || f.name().equals("type_comment") ? "string" : "identifier");
        }
        if (owner.equals("Name") && (s.value().equals("None") || s.value().equals("True") || s.value().equals("False"))) {
            throw Errors.valueError("identifier field can't represent '%s' constant", s.value());
        }
        return s.value();
    }

    private Object enumValue(PyObject v, AstClasses.Field f, Class<?> enumClass) {
        AstClasses.NodeClass base = classes.byName(f.type());
        if (!(v instanceof AstNode) || !v.type().isSubtypeOf(base.type())) {
            throw Errors.typeError("expected some sort of %s, but got %s", f.type(), Ops.reprString(v));
        }
        String name = astClassOf(v.type()).name();
        for (Object c : enumClass.getEnumConstants()) {
            if (nodeName(c).equals(name)) {
                return c;
            }
        }
        throw Errors.typeError("expected some sort of %s, but got %s", f.type(), Ops.reprString(v));
    }

    private static String nodeName(Object enumConstant) {
        if (enumConstant instanceof ExprContext e) {
            return e.nodeName();
        } else if (enumConstant instanceof Operator e) {
            return e.nodeName();
        } else if (enumConstant instanceof BoolOpKind e) {
            return e.nodeName();
        } else if (enumConstant instanceof UnaryOpKind e) {
            return e.nodeName();
        }
        return ((CmpOpKind) enumConstant).nodeName();
    }

    /** A Python constant as the frontend holds it (see {@link ConstantValue}). */
    static Object constant(PyObject v) {
        if (v == PyNone.NONE) {
            return ConstantValue.NONE;
        }
        if (v == PySingleton.ELLIPSIS) {
            return ConstantValue.ELLIPSIS;
        }
        if (v instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (v instanceof PyInt i) {
            return i.bigValue();
        }
        if (v instanceof PyFloat d) {
            return d.value;
        }
        if (v instanceof PyComplex c) {
            if (c.real != 0.0 || 1 / c.real < 0) {
                throw Errors.notImplemented("a complex constant with a real part in an AST is not supported by weft yet");
            }
            return new ConstantValue.Imaginary(c.imag);
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        if (v instanceof PyBytes b) {
            return new ConstantValue.Bytes(b.array());
        }
        String type = v.type().name();
        if (type.equals("tuple") || type.equals("frozenset")) {
            throw Errors.notImplemented("a %s constant in an AST is not supported by weft yet", type);
        }
        throw Errors.typeError("got an invalid type in Constant: %s", type);
    }

    /** Whether nodes of a class carry positions: its own or its base's {@code _attributes} is not empty. */
    private boolean isLocated(AstClasses.NodeClass cls) {
        List<AstClasses.Field> attributes = cls.attributes() != null ? cls.attributes()
                : classes.byName(cls.base()).attributes();
        return attributes != null && !attributes.isEmpty();
    }

    /** Positions: lineno and col_offset are required; a missing end takes the start, as CPython does. */
    private static int[] positions(PyObject obj, AstClasses.NodeClass cls) {
        String owner = cls.base().equals("AST") ? cls.name() : cls.base();
        int lineno = position(obj, "lineno", owner, -1);
        int col = position(obj, "col_offset", owner, -1);
        return new int[] {lineno, col, position(obj, "end_lineno", owner, lineno),
                position(obj, "end_col_offset", owner, col)};
    }

    private static int position(PyObject obj, String name, String owner, int orElse) {
        PyObject v = Attr.getAttrOrNull(obj, name);
        if (v == null || v == PyNone.NONE) {
            if (orElse >= 0) {
                return orElse;
            }
            throw Errors.typeError("required field \"%s\" missing from %s", name, owner);
        }
        return (int) ((PyInt) requireInt(v)).longValue();
    }

    /** CPython's validator: compound statements, handlers and cases need a statement in their body. */
    private static void checkBody(Object made, AstClasses.NodeClass cls, Object[] args) {
        if (cls.base().equals("mod") || cls.name().equals("Lambda") || cls.name().equals("IfExp")) {
            return;
        }
        for (int i = 0; i < args.length; i++) {
            if (cls.fields().get(i).name().equals("body") && args[i] instanceof List<?> body && body.isEmpty()) {
                throw Errors.valueError("empty body on %s", cls.name());
            }
        }
    }
}

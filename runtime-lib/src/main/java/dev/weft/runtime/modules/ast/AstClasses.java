package dev.weft.runtime.modules.ast;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.ResourceTable;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import dev.weft.runtime.types.PyUnionType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes of CPython 3.13's {@code _ast}, built once from the generated table
 * {@code nodes.tsv} (runtime-lib/tools/gen_ast_nodes.py): {@code AST}, the abstract bases
 * ({@code mod}, {@code stmt}, {@code expr}, ...), the concrete nodes, and one shared instance
 * of each field-less node ({@code Load()}, {@code Add()}, ...), which is what the parser uses.
 * Code that builds trees from Java (the run-time compiler's AST converter) uses {@link #newNode}.
 */
public final class AstClasses {
    /** A field or attribute of a node class: its name and its type as ASDL spells it. */
    public record Field(String name, String type, boolean optional, boolean sequence) {
        static Field parse(String spec) {
            int colon = spec.indexOf(':');
            String t = spec.substring(colon + 1);
            boolean seq = t.endsWith("*");
            boolean opt = t.endsWith("?");
            return new Field(spec.substring(0, colon), seq || opt ? t.substring(0, t.length() - 1) : t, opt, seq);
        }
    }

    /** One class of the table. {@code fields} is null for AST and the abstract bases; {@code attributes} null when inherited. */
    public record NodeClass(String name, PyType type, String base, List<Field> fields, List<Field> attributes) { }

    private static final class Holder {
        static final AstClasses INSTANCE = new AstClasses();
    }

    /** The classes, built on first use. */
    public static AstClasses get() {
        return Holder.INSTANCE;
    }

    private final Map<String, NodeClass> classes = new LinkedHashMap<>();
    private final Map<String, AstNode> singletons = new LinkedHashMap<>();

    private AstClasses() {
        for (String[] row : ResourceTable.read(AstClasses.class, "nodes.tsv")) {
            String name = row[0];
            List<Field> fields = specs(row[2]);
            List<Field> attributes = specs(row[3]);
            PyType type;
            if (row[1].equals("-")) {
                type = AstNode.TYPE;
            } else {
                type = ModuleTypes.heapClass("ast", name, new PyType[] {classes.get(row[1]).type()},
                        namespace(fields, attributes, row[4]));
            }
            classes.put(name, new NodeClass(name, type, row[1], fields, attributes));
            if (fields != null && fields.isEmpty() && isSingletonKind(row[1])) {
                singletons.put(name, new AstNode(type));
            }
        }
        // _field_types refers to classes defined later (Module's body is list[stmt]): filled once all exist
        for (NodeClass c : classes.values()) {
            if (c.fields() != null) {
                PyDict types = (PyDict) c.type().lookup("_field_types");
                for (Field f : c.fields()) {
                    types.setItem(PyStr.intern(f.name()), fieldType(f));
                }
            }
        }
    }

    /** The bases whose concrete classes are the field-less operator and context nodes. */
    private static boolean isSingletonKind(String base) {
        return switch (base) {
            case "expr_context", "boolop", "operator", "unaryop", "cmpop" -> true;
            default -> false;
        };
    }

    private static List<Field> specs(String column) {
        if (column.equals("-")) {
            return null;
        }
        List<Field> out = new ArrayList<>();
        for (String s : column.isEmpty() ? new String[0] : column.split(",")) {
            out.add(Field.parse(s));
        }
        return Collections.unmodifiableList(out);
    }

    /** The class namespace CPython's _ast gives a node class. */
    private PyDict namespace(List<Field> fields, List<Field> attributes, String doc) {
        PyDict ns = new PyDict();
        PyTuple names = names(fields == null ? List.of() : fields);
        ns.setItem(PyStr.intern("_fields"), names);
        ns.setItem(PyStr.intern("__match_args__"), names);
        if (attributes != null) {
            ns.setItem(PyStr.intern("_attributes"), names(attributes));
            for (Field a : attributes) {
                if (a.optional()) {
                    ns.setItem(PyStr.intern(a.name()), PyNone.NONE);
                }
            }
        }
        if (fields != null) {
            PyDict types = new PyDict(); // filled by the constructor once every class exists
            for (Field f : fields) {
                if (f.optional()) {
                    ns.setItem(PyStr.intern(f.name()), PyNone.NONE);
                }
            }
            ns.setItem(PyStr.intern("_field_types"), types);
            ns.setItem(PyStr.intern("__annotations__"), types);
        }
        ns.setItem(PyStr.intern("__doc__"), doc.isEmpty() ? PyNone.NONE : PyStr.of(unescape(doc)));
        return ns;
    }

    private static PyTuple names(List<Field> fields) {
        PyObject[] items = new PyObject[fields.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.intern(fields.get(i).name());
        }
        return PyTuple.of(items);
    }

    /** {@code _field_types[name]}: {@code list[expr]}, {@code expr | None}, {@code str}, ... */
    private PyObject fieldType(Field f) {
        PyObject t = switch (f.type()) {
            case "str" -> PyStr.TYPE;
            case "int" -> PyInt.TYPE;
            case "object" -> PyType.OBJECT;
            default -> classes.get(f.type()).type();
        };
        if (f.sequence()) {
            return new PyGenericAlias(PyList.TYPE, t);
        }
        return f.optional() ? PyUnionType.of(t, PyNone.NONE) : t;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Every class, in CPython's order (a base before its subclasses). */
    public Iterable<NodeClass> all() {
        return classes.values();
    }

    /** The class named {@code name} ({@code "BinOp"}), or null. */
    public NodeClass byName(String name) {
        return classes.get(name);
    }

    /** The table entry of a node class of this module, or null for other types (user subclasses included). */
    public NodeClass of(PyType type) {
        NodeClass c = classes.get(type.name());
        return c != null && c.type() == type ? c : null;
    }

    /** The shared instance of a field-less node ({@code "Load"}, {@code "Add"}), or null. */
    public AstNode singleton(String name) {
        return singletons.get(name);
    }

    /**
     * A new node of class {@code name} whose attributes the caller sets in its
     * {@link AstNode#instanceDict()}; field-less operator and context nodes are the shared instances.
     */
    public AstNode newNode(String name) {
        AstNode s = singletons.get(name);
        if (s != null) {
            return s;
        }
        NodeClass c = classes.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no ast class " + name);
        }
        return new AstNode(c.type());
    }
}

package dev.weft.backend.facade;

import dev.weft.frontend.ast.Alias;
import dev.weft.frontend.ast.Arg;
import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.Call;
import dev.weft.frontend.ast.ClassDef;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Dict;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.FunctionDef;
import dev.weft.frontend.ast.Import;
import dev.weft.frontend.ast.ImportFrom;
import dev.weft.frontend.ast.Keyword;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.Subscript;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the module-level classes decorated {@code @weft.java_class("pkg.Name")} (or
 * {@code @java_class(...)} after {@code from weft import java_class}) and derives their Java
 * signatures: from the decorator's {@code signatures={"method": "String(String, long)"}} when
 * given, else from annotations ({@code str} → {@code String}, {@code int} → {@code long},
 * {@code float} → {@code double}, {@code bool} → {@code boolean}, {@code list}/{@code tuple} →
 * {@code java.util.List}, {@code dict} → {@code java.util.Map}, {@code set} → {@code java.util.Set},
 * {@code -> None} → {@code void}, a string names a Java type, anything else or nothing →
 * {@code Object}). Public methods (no leading underscore) become Java methods, static ones for
 * {@code @staticmethod}/{@code @classmethod}; {@code __init__} gives the constructors. Trailing
 * parameters with defaults give shorter overloads.
 */
public final class JavaFacadeScanner {
    private JavaFacadeScanner() { }

    private static final String OBJECT = "Ljava/lang/Object;";

    public static List<JavaFacadeSpec> scan(Module module, String moduleName) {
        Set<String> decoratorNames = new HashSet<>();
        Set<String> moduleNames = new HashSet<>();
        List<JavaFacadeSpec> out = new ArrayList<>();
        for (Stmt s : module.body) {
            if (s instanceof ImportFrom f && "weft".equals(f.module) && (f.level == null || f.level == 0)) {
                for (Alias a : f.names) {
                    if (a.name.equals("java_class")) {
                        decoratorNames.add(a.asname != null ? a.asname : a.name);
                    }
                }
            } else if (s instanceof Import i) {
                for (Alias a : i.names) {
                    if (a.name.equals("weft")) {
                        moduleNames.add(a.asname != null ? a.asname : a.name);
                    }
                }
            } else if (s instanceof ClassDef c) {
                for (Expr d : c.decoratorList) {
                    if (d instanceof Call call && (call.func instanceof Name n && decoratorNames.contains(n.id)
                            || call.func instanceof Attribute a && a.attr.equals("java_class")
                            && a.value instanceof Name m && moduleNames.contains(m.id))) {
                        out.add(spec(c, call, moduleName));
                    }
                }
            }
        }
        return out;
    }

    private static JavaFacadeSpec spec(ClassDef c, Call call, String moduleName) {
        if (call.args.size() != 1 || !(call.args.get(0) instanceof Constant k && k.value instanceof String javaName)) {
            throw new JavaFacadeError("@java_class() takes the Java class name as a string", call.lineno);
        }
        if (!isBinaryName(javaName)) {
            throw new JavaFacadeError("@java_class(): '" + javaName + "' is not a Java class name", call.lineno);
        }
        Map<String, String> signatures = new LinkedHashMap<>();
        for (Keyword kw : call.keywords) {
            if (!"signatures".equals(kw.arg) || !(kw.value instanceof Dict d)) {
                throw new JavaFacadeError("@java_class() accepts only signatures={...} (a dict literal of strings)",
                        call.lineno);
            }
            for (int i = 0; i < d.keys.size(); i++) {
                if (!(d.keys.get(i) instanceof Constant key && key.value instanceof String ks)
                        || !(d.values.get(i) instanceof Constant val && val.value instanceof String vs)) {
                    throw new JavaFacadeError("@java_class() signatures must map method names to strings",
                            call.lineno);
                }
                signatures.put(ks, vs);
            }
        }
        List<JavaFacadeSpec.Signature> ctors = new ArrayList<>();
        List<JavaFacadeSpec.Signature> methods = new ArrayList<>();
        boolean hasInit = false;
        for (Stmt s : c.body) {
            if (!(s instanceof FunctionDef f)) {
                continue;
            }
            boolean isStatic = false;
            boolean skip = false;
            for (Expr d : f.decoratorList) {
                if (d instanceof Name n && (n.id.equals("staticmethod") || n.id.equals("classmethod"))) {
                    isStatic = true;
                } else {
                    skip = true;
                }
            }
            if (f.name.equals("__init__") && !skip && !isStatic) {
                hasInit = true;
                ctors.addAll(overloads(f, "<init>", false, false, signatures.get("__init__")));
            } else if (!f.name.startsWith("_") && !skip) {
                boolean dropsFirst = !isStatic || f.decoratorList.stream()
                        .anyMatch(d -> d instanceof Name n && n.id.equals("classmethod"));
                methods.addAll(overloads(f, f.name, isStatic, dropsFirst, signatures.get(f.name)));
            }
        }
        if (!hasInit) {
            ctors.add(new JavaFacadeSpec.Signature("<init>", List.of(), "V", false));
        }
        return new JavaFacadeSpec(javaName, moduleName, c.name, ctors, methods);
    }

    /** The Java overloads of one Python function. */
    private static List<JavaFacadeSpec.Signature> overloads(FunctionDef f, String name, boolean isStatic,
                                                            boolean dropsFirstForStatic, String declared) {
        List<Arg> params = new ArrayList<>(f.args.posonlyargs);
        params.addAll(f.args.args);
        boolean dropFirst = isStatic ? dropsFirstForStatic : true;
        if (dropFirst && !params.isEmpty()) {
            params.remove(0);
        }
        for (int i = 0; i < f.args.kwonlyargs.size(); i++) {
            if (f.args.kwDefaults.get(i) == null) {
                throw new JavaFacadeError("@java_class(): " + f.name + "() has a required keyword-only parameter, "
                        + "which Java callers cannot pass", f.lineno);
            }
        }
        List<String> types = new ArrayList<>();
        String result;
        if (declared != null) {
            int open = declared.indexOf('(');
            int close = declared.lastIndexOf(')');
            if (open < 0 || close < open) {
                throw new JavaFacadeError("@java_class(): signature '" + declared + "' of " + f.name
                        + " is not of the form 'Result(Param, ...)'", f.lineno);
            }
            String r = declared.substring(0, open).strip();
            result = r.isEmpty() ? "V" : javaType(r, f.lineno);
            String inner = declared.substring(open + 1, close).strip();
            if (!inner.isEmpty()) {
                for (String p : inner.split(",")) {
                    types.add(javaType(p.strip(), f.lineno));
                }
            }
            if (types.size() != params.size()) {
                throw new JavaFacadeError("@java_class(): signature '" + declared + "' has " + types.size()
                        + " parameters, " + f.name + "() takes " + params.size(), f.lineno);
            }
        } else {
            for (Arg a : params) {
                types.add(annotationType(a.annotation, false));
            }
            result = annotationType(f.returns, true);
        }
        if (name.equals("<init>")) {
            result = "V";
        }
        int required = params.size() - f.args.defaults.size();
        List<JavaFacadeSpec.Signature> out = new ArrayList<>();
        for (int n = Math.max(required, 0); n <= params.size(); n++) {
            out.add(new JavaFacadeSpec.Signature(name.equals("<init>") ? "<init>" : f.name,
                    List.copyOf(types.subList(0, n)), result, isStatic));
        }
        return out;
    }

    private static String annotationType(Expr e, boolean isReturn) {
        if (e == null) {
            return OBJECT;
        }
        if (e instanceof Constant k) {
            if (k.value == ConstantValue.NONE) {
                return isReturn ? "V" : OBJECT;
            }
            if (k.value instanceof String s) {
                return javaType(s, e.lineno);
            }
            return OBJECT;
        }
        if (e instanceof Subscript s) {
            return annotationType(s.value, isReturn);
        }
        if (e instanceof Name n) {
            return switch (n.id) {
                case "str" -> "Ljava/lang/String;";
                case "int" -> "J";
                case "float" -> "D";
                case "bool" -> "Z";
                case "list", "tuple", "List", "Sequence" -> "Ljava/util/List;";
                case "dict", "Dict", "Mapping" -> "Ljava/util/Map;";
                case "set", "frozenset", "Set" -> "Ljava/util/Set;";
                default -> OBJECT;
            };
        }
        return OBJECT;
    }

    /** The descriptor of a Java type written in source form: {@code long}, {@code String}, {@code java.util.List}, {@code int[]}. */
    static String javaType(String s, int line) {
        if (s.endsWith("[]")) {
            String component = javaType(s.substring(0, s.length() - 2).strip(), line);
            if (component.equals("V")) {
                throw new JavaFacadeError("@java_class(): 'void[]' is not a Java type", line);
            }
            return "[" + component;
        }
        switch (s) {
            case "int": return "I";
            case "long": return "J";
            case "double": return "D";
            case "float": return "F";
            case "boolean": return "Z";
            case "short": return "S";
            case "byte": return "B";
            case "char": return "C";
            case "void": return "V";
            case "String", "Object", "Integer", "Long", "Double", "Boolean", "Number", "CharSequence":
                return "Ljava/lang/" + s + ";";
            case "List", "Map", "Set", "Collection":
                return "Ljava/util/" + s + ";";
            default:
                break;
        }
        if (!isBinaryName(s)) {
            throw new JavaFacadeError("@java_class(): '" + s + "' is not a Java type", line);
        }
        return "L" + s.replace('.', '/') + ";";
    }

    private static boolean isBinaryName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (String part : s.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))
                    || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }
}

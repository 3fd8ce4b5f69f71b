package dev.weft.runtime.modules;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.BinOp;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny interpreter for the one-line Python snippets of the module golden tables: statements
 * separated by ';' (assignments to names, items and attributes, {@code del x[k]}, expressions),
 * expressions with calls (keywords, *args), attributes, subscripts and slices, operators,
 * lambdas and literals. The value of the last statement is the case's result. It drives the
 * runtime exactly as compiled code would: every operation goes through the object model.
 */
final class MiniPy {
    private final String src;
    private final List<String> toks = new ArrayList<>();
    private int p;

    /** Names visible to every snippet (the modules under test) before builtins. */
    private final Map<String, PyObject> globals;

    private MiniPy(String src, Map<String, PyObject> globals) {
        this.src = src;
        this.globals = globals;
        tokenize();
    }

    /** Runs {@code code} and returns the repr of its last statement's value or {@code !Type: message}. */
    static String run(String code, Map<String, PyObject> globals) {
        try {
            PyObject r = new MiniPy(code, globals).program(new Env(null));
            return Ops.reprString(r);
        } catch (PyException e) {
            return "!" + e.getMessage();
        }
    }

    /**
     * Reads a quoted literal's body from {@code j} up to the closing {@code quote}, decoding the
     * escapes \\n \\r \\t \\0 \\xHH and (in str) \\uHHHH \\UHHHHHHHH; returns the quote's index.
     */
    private int readQuoted(int j, char quote, StringBuilder sb, boolean bytes) {
        while (src.charAt(j) != quote) {
            char d = src.charAt(j);
            if (d != '\\') {
                sb.append(d);
                j++;
                continue;
            }
            char e = src.charAt(++j);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case '0' -> sb.append('\0');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(src.substring(j + 1, j + 3), 16));
                    j += 2;
                }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    if (bytes) {
                        sb.append('\\').append(e);
                        break;
                    }
                    sb.appendCodePoint(Integer.parseInt(src.substring(j + 1, j + 1 + n), 16));
                    j += n;
                }
                default -> sb.append(e);
            }
            j++;
        }
        return j;
    }

    // ---- tokens ----

    private void tokenize() {
        int i = 0;
        String[] ops = {"**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "|=", "&=", "->"};
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == 'b' && i + 1 < src.length() && (src.charAt(i + 1) == '\'' || src.charAt(i + 1) == '"')) {
                char q = src.charAt(i + 1);
                StringBuilder sb = new StringBuilder();
                int j = readQuoted(i + 2, q, sb, true);
                toks.add("\u0001" + sb);
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < src.length() && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) {
                    j++;
                }
                toks.add(src.substring(i, j));
                i = j;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1))) {
                int j = i;
                while (j < src.length() && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '.'
                        || (src.charAt(j) == '-' || src.charAt(j) == '+') && (src.charAt(j - 1) == 'e'))) {
                    j++;
                }
                toks.add("#" + src.substring(i, j));
                i = j;
            } else if (c == '\'' || c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = readQuoted(i + 1, c, sb, false);
                toks.add("'" + sb);
                i = j + 1;
            } else {
                String op = String.valueOf(c);
                for (String o : ops) {
                    if (src.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                toks.add(op);
                i += op.length();
            }
        }
    }

    private String peek() {
        return p < toks.size() ? toks.get(p) : "";
    }

    private boolean at(String t) {
        return peek().equals(t);
    }

    private boolean eat(String t) {
        if (at(t)) {
            p++;
            return true;
        }
        return false;
    }

    private void expect(String t) {
        if (!eat(t)) {
            throw new IllegalArgumentException("expected " + t + " at token " + p + " in: " + src);
        }
    }

    // ---- AST: closures evaluated against an environment ----

    interface Node {
        PyObject eval(Env env);
    }

    static final class Env {
        final Env parent;
        final Map<String, PyObject> vars = new HashMap<>();

        Env(Env parent) {
            this.parent = parent;
        }
    }

    private PyObject lookup(Env env, String name) {
        for (Env e = env; e != null; e = e.parent) {
            PyObject v = e.vars.get(name);
            if (v != null) {
                return v;
            }
        }
        PyObject g = globals.get(name);
        if (g != null) {
            return g;
        }
        PyObject b = BuiltinsModule.lookup(name);
        if (b == null) {
            throw Errors.undefinedName(name);
        }
        return b;
    }

    private PyObject program(Env env) {
        PyObject last = PyNone.NONE;
        while (p < toks.size()) {
            int start = p;
            last = statement().eval(env);
            if (isStatement(start)) {
                last = PyNone.NONE;
            }
            if (!eat(";")) {
                break;
            }
        }
        if (p != toks.size()) {
            throw new IllegalArgumentException("trailing tokens at " + p + " in: " + src);
        }
        return last;
    }

    /** True if the statement starting at token {@code start} is an assignment or del (its value is None). */
    private boolean isStatement(int start) {
        if (toks.get(start).equals("del")) {
            return true;
        }
        int depth = 0;
        for (int k = start; k < p; k++) {
            String t = toks.get(k);
            if (t.equals("(") || t.equals("[") || t.equals("{")) {
                depth++;
            } else if (t.equals(")") || t.equals("]") || t.equals("}")) {
                depth--;
            } else if (depth == 0 && (t.equals("=") || t.endsWith("=") && t.length() == 2 && "+-*|&".indexOf(t.charAt(0)) >= 0)) {
                return true;
            } else if (t.equals("lambda")) {
                return false;
            }
        }
        return false;
    }

    private Node statement() {
        if (eat("del")) {
            Node target = postfix();
            return target instanceof Sub s ? env -> {
                Protocols.delItem(s.obj.eval(env), s.key.eval(env));
                return PyNone.NONE;
            } : env -> {
                Attr.delAttr(((AttrNode) target).obj.eval(env), ((AttrNode) target).name);
                return PyNone.NONE;
            };
        }
        Node e = exprList();
        for (String aug : new String[] {"+=", "-=", "*=", "|=", "&="}) {
            if (eat(aug)) {
                Node rhs = exprList();
                BinOp op = switch (aug) {
                    case "+=" -> BinOp.ADD;
                    case "-=" -> BinOp.SUB;
                    case "*=" -> BinOp.MUL;
                    case "|=" -> BinOp.OR;
                    default -> BinOp.AND;
                };
                Node read = e;
                return assign(e, env -> Ops.inplace(read.eval(env), rhs.eval(env), op));
            }
        }
        if (eat("=")) {
            Node rhs = statementRhs();
            return assign(e, rhs);
        }
        return e;
    }

    private Node statementRhs() {
        Node e = exprList();
        if (eat("=")) {
            Node rest = statementRhs();
            return assign(e, rest);
        }
        return e;
    }

    private Node assign(Node target, Node rhs) {
        String targetName = target instanceof Name n ? n.name : target instanceof NameRef r ? r.name : null;
        if (targetName != null) {
            return env -> {
                PyObject v = rhs.eval(env);
                env.vars.put(targetName, v);
                return v;
            };
        }
        if (target instanceof Sub s) {
            return env -> {
                PyObject v = rhs.eval(env);
                Protocols.setItem(s.obj.eval(env), s.key.eval(env), v);
                return v;
            };
        }
        if (target instanceof AttrNode a) {
            return env -> {
                PyObject v = rhs.eval(env);
                Attr.setAttr(a.obj.eval(env), a.name, v);
                return v;
            };
        }
        if (target instanceof TupleNode t) {
            return env -> {
                PyObject v = rhs.eval(env);
                PyObject[] parts = Protocols.unpack(v, t.items.size());
                for (int k = 0; k < parts.length; k++) {
                    PyObject part = parts[k];
                    assign(t.items.get(k), x -> part).eval(env);
                }
                return v;
            };
        }
        throw new IllegalArgumentException("cannot assign in: " + src);
    }

    record Name(String name) implements Node {
        public PyObject eval(Env env) {
            throw new IllegalStateException();
        }
    }

    record Sub(Node obj, Node key) implements Node {
        public PyObject eval(Env env) {
            return Protocols.getItem(obj.eval(env), key.eval(env));
        }
    }

    record AttrNode(Node obj, String name) implements Node {
        public PyObject eval(Env env) {
            return Attr.getAttr(obj.eval(env), name);
        }
    }

    record TupleNode(List<Node> items) implements Node {
        public PyObject eval(Env env) {
            PyObject[] a = new PyObject[items.size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = items.get(k).eval(env);
            }
            return PyTuple.of(a);
        }
    }

    /** A name reference that still knows its name (assignable). */
    private final class NameRef implements Node {
        final String name;

        NameRef(String name) {
            this.name = name;
        }

        public PyObject eval(Env env) {
            return lookup(env, name);
        }
    }

    private Node exprList() {
        Node first = expr();
        if (!at(",")) {
            return first;
        }
        List<Node> items = new ArrayList<>();
        items.add(first);
        while (eat(",")) {
            if (at(")") || at(";") || at("=") || peek().isEmpty()) {
                break;
            }
            items.add(expr());
        }
        return new TupleNode(items);
    }

    private Node expr() {
        if (eat("lambda")) {
            List<String> params = new ArrayList<>();
            List<Node> defaults = new ArrayList<>();
            while (!at(":")) {
                params.add(peek());
                p++;
                if (eat("=")) {
                    defaults.add(expr());
                }
                eat(",");
            }
            expect(":");
            Node body = expr();
            return env -> {
                PyObject[] dflt = new PyObject[defaults.size()];
                for (int k = 0; k < dflt.length; k++) {
                    dflt[k] = defaults.get(k).eval(env);
                }
                String[] names = params.toArray(new String[0]);
                CodeInfo code = new CodeInfo("<lambda>", "<lambda>", "<snippet>", 1, names.length, 0, 0, names, 0);
                PyDict fnGlobals = new PyDict();
                fnGlobals.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
                return new PyFunction(code, (fn, frame) -> {
                    Env inner = new Env(env);
                    for (int k = 0; k < names.length; k++) {
                        inner.vars.put(names[k], frame[k]);
                    }
                    return body.eval(inner);
                }, fnGlobals, dflt, null, null);
            };
        }
        Node e = orExpr();
        if (eat("if")) {
            Node cond = orExpr();
            expect("else");
            Node other = expr();
            Node then = e;
            return env -> Ops.isTrue(cond.eval(env)) ? then.eval(env) : other.eval(env);
        }
        return e;
    }

    private Node orExpr() {
        Node l = andExpr();
        while (eat("or")) {
            Node a = l, b = andExpr();
            l = env -> {
                PyObject v = a.eval(env);
                return Ops.isTrue(v) ? v : b.eval(env);
            };
        }
        return l;
    }

    private Node andExpr() {
        Node l = notExpr();
        while (eat("and")) {
            Node a = l, b = notExpr();
            l = env -> {
                PyObject v = a.eval(env);
                return !Ops.isTrue(v) ? v : b.eval(env);
            };
        }
        return l;
    }

    private Node notExpr() {
        if (eat("not")) {
            Node a = notExpr();
            return env -> PyBool.of(!Ops.isTrue(a.eval(env)));
        }
        return comparison();
    }

    private Node comparison() {
        Node l = bitOr();
        while (true) {
            String op = peek();
            Node a = l;
            if (op.equals("not") && p + 1 < toks.size() && toks.get(p + 1).equals("in")) {
                p += 2;
                Node b = bitOr();
                l = env -> PyBool.of(!Protocols.contains(b.eval(env), a.eval(env)));
                continue;
            }
            if (op.equals("is")) {
                p++;
                boolean neg = eat("not");
                Node b = bitOr();
                l = env -> PyBool.of((a.eval(env) == b.eval(env)) != neg);
                continue;
            }
            switch (op) {
                case "==", "!=", "<", "<=", ">", ">=", "in" -> {
                    p++;
                    Node b = bitOr();
                    l = env -> {
                        PyObject x = a.eval(env), y = b.eval(env);
                        return switch (op) {
                            case "==" -> Ops.eq(x, y);
                            case "!=" -> Ops.ne(x, y);
                            case "<" -> Ops.lt(x, y);
                            case "<=" -> Ops.le(x, y);
                            case ">" -> Ops.gt(x, y);
                            case ">=" -> Ops.ge(x, y);
                            default -> PyBool.of(Protocols.contains(y, x));
                        };
                    };
                }
                default -> {
                    return l;
                }
            }
        }
    }

    private Node binaryLevel(java.util.function.Supplier<Node> next, String... ops) {
        Node l = next.get();
        outer:
        while (true) {
            for (String op : ops) {
                if (eat(op)) {
                    Node a = l, b = next.get();
                    l = env -> binary(op, a.eval(env), b.eval(env));
                    continue outer;
                }
            }
            return l;
        }
    }

    private static PyObject binary(String op, PyObject a, PyObject b) {
        return switch (op) {
            case "|" -> Ops.or(a, b);
            case "^" -> Ops.xor(a, b);
            case "&" -> Ops.and(a, b);
            case "<<" -> Ops.lshift(a, b);
            case ">>" -> Ops.rshift(a, b);
            case "+" -> Ops.add(a, b);
            case "-" -> Ops.sub(a, b);
            case "*" -> Ops.mul(a, b);
            case "/" -> Ops.trueDiv(a, b);
            case "//" -> Ops.floorDiv(a, b);
            case "%" -> Ops.mod(a, b);
            case "**" -> Ops.pow(a, b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private Node bitOr() {
        return binaryLevel(this::bitXor, "|");
    }

    private Node bitXor() {
        return binaryLevel(this::bitAnd, "^");
    }

    private Node bitAnd() {
        return binaryLevel(this::shift, "&");
    }

    private Node shift() {
        return binaryLevel(this::arith, "<<", ">>");
    }

    private Node arith() {
        return binaryLevel(this::term, "+", "-");
    }

    private Node term() {
        return binaryLevel(this::unary, "*", "//", "/", "%");
    }

    private Node unary() {
        if (eat("-")) {
            Node a = unary();
            return env -> Ops.neg(a.eval(env));
        }
        if (eat("+")) {
            Node a = unary();
            return env -> Ops.pos(a.eval(env));
        }
        if (eat("~")) {
            Node a = unary();
            return env -> Ops.invert(a.eval(env));
        }
        Node base = postfix();
        if (eat("**")) {
            Node e = unary();
            return env -> Ops.pow(base.eval(env), e.eval(env));
        }
        return base;
    }

    private Node postfix() {
        Node n = atom();
        while (true) {
            if (eat(".")) {
                String name = peek();
                p++;
                n = new AttrNode(n, name);
            } else if (eat("(")) {
                n = callArgs(n);
            } else if (eat("[")) {
                Node key = subscript();
                expect("]");
                n = new Sub(n, key);
            } else {
                return n;
            }
        }
    }

    private Node subscript() {
        Node first = at(":") ? null : expr();
        if (!at(":")) {
            if (at(",")) {
                List<Node> items = new ArrayList<>();
                items.add(first);
                while (eat(",")) {
                    if (at("]")) {
                        break;
                    }
                    items.add(expr());
                }
                return new TupleNode(items);
            }
            return first;
        }
        expect(":");
        Node stop = at(":") || at("]") ? null : expr();
        Node step = null;
        if (eat(":")) {
            step = at("]") ? null : expr();
        }
        Node a = first, b = stop, c = step;
        return env -> new PySlice(a == null ? PyNone.NONE : a.eval(env), b == null ? PyNone.NONE : b.eval(env),
                c == null ? PyNone.NONE : c.eval(env));
    }

    private Node callArgs(Node fn) {
        List<Node> pos = new ArrayList<>();
        List<Boolean> starred = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Node> kwValues = new ArrayList<>();
        Node starStar = null;
        while (!eat(")")) {
            if (eat("**")) {
                starStar = expr();
            } else if (eat("*")) {
                pos.add(expr());
                starred.add(true);
            } else if (p + 1 < toks.size() && toks.get(p + 1).equals("=") && !peek().startsWith("'")
                    && !peek().startsWith("#")) {
                kwNames.add(peek());
                p += 2;
                kwValues.add(expr());
            } else {
                Node arg = expr();
                if (eat("for")) {
                    arg = generator(arg);
                }
                pos.add(arg);
                starred.add(false);
            }
            if (!eat(",")) {
                expect(")");
                break;
            }
        }
        Node ss = starStar;
        return env -> {
            PyObject f = fn.eval(env);
            List<PyObject> args = new ArrayList<>();
            for (int k = 0; k < pos.size(); k++) {
                PyObject v = pos.get(k).eval(env);
                if (starred.get(k)) {
                    args.addAll(List.of(Protocols.toArray(v)));
                } else {
                    args.add(v);
                }
            }
            List<String> names = new ArrayList<>(kwNames);
            for (Node kv : kwValues) {
                args.add(kv.eval(env));
            }
            if (ss != null) {
                PyObject[][] snap = ((PyDict) ss.eval(env)).snapshot();
                for (int k = 0; k < snap[0].length; k++) {
                    names.add(snap[0][k].toString());
                    args.add(snap[1][k]);
                }
            }
            return Calls.call(f, args.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0]));
        };
    }

    /** {@code elt for x in it [if cond]} as an eagerly built list (enough for the tables). */
    private Node generator(Node elt) {
        Node target = postfixTarget();
        expect("in");
        Node it = orExpr();
        Node cond = eat("if") ? orExpr() : null;
        return env -> {
            List<PyObject> out = new ArrayList<>();
            PyObject iterator = Protocols.iter(it.eval(env));
            for (PyObject item = Protocols.next(iterator); item != null; item = Protocols.next(iterator)) {
                PyObject v = item;
                Env inner = new Env(env);
                assign(target, x -> v).eval(inner);
                if (cond == null || Ops.isTrue(cond.eval(inner))) {
                    out.add(elt.eval(inner));
                }
            }
            return Protocols.iter(new PyList(out));
        };
    }

    private Node postfixTarget() {
        List<Node> names = new ArrayList<>();
        do {
            names.add(new Name(peek()));
            p++;
        } while (eat(","));
        return names.size() == 1 ? names.get(0) : new TupleNode(names);
    }

    private Node atom() {
        String t = peek();
        p++;
        if (t.startsWith("#")) {
            String num = t.substring(1);
            if (num.endsWith("j")) {
                double im = Double.parseDouble(num.substring(0, num.length() - 1));
                return env -> new dev.weft.runtime.types.PyComplex(0.0, im);
            }
            if (num.contains(".") || num.contains("e") && !num.startsWith("0x")) {
                double d = Double.parseDouble(num);
                return env -> PyFloat.of(d);
            }
            PyInt v = num.startsWith("0x") ? PyInt.of(new BigInteger(num.substring(2), 16)) : PyInt.of(new BigInteger(num));
            return env -> v;
        }
        if (t.startsWith("\u0001")) {
            PyBytes b = PyBytes.of(t.substring(1).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return env -> b;
        }
        if (t.startsWith("'")) {
            StringBuilder sb = new StringBuilder(t.substring(1));
            while (peek().startsWith("'")) {
                sb.append(peek().substring(1));
                p++;
            }
            PyStr s = PyStr.of(sb.toString());
            return env -> s;
        }
        switch (t) {
            case "None":
                return env -> PyNone.NONE;
            case "True":
                return env -> PyBool.TRUE;
            case "False":
                return env -> PyBool.FALSE;
            case "(": {
                if (eat(")")) {
                    return env -> PyTuple.EMPTY;
                }
                Node first = expr();
                if (eat("for")) {
                    Node g = generator(first);
                    expect(")");
                    return g;
                }
                if (eat(")")) {
                    return first;
                }
                List<Node> items = new ArrayList<>();
                items.add(first);
                while (eat(",")) {
                    if (at(")")) {
                        break;
                    }
                    items.add(expr());
                }
                expect(")");
                return new TupleNode(items);
            }
            case "[": {
                List<Node> items = new ArrayList<>();
                if (!at("]")) {
                    Node first = expr();
                    if (eat("for")) {
                        Node g = generator(first);
                        expect("]");
                        return env -> PyList.fromIterable(g.eval(env));
                    }
                    items.add(first);
                    while (eat(",")) {
                        if (at("]")) {
                            break;
                        }
                        items.add(expr());
                    }
                }
                expect("]");
                return env -> {
                    PyObject[] a = new PyObject[items.size()];
                    for (int k = 0; k < a.length; k++) {
                        a[k] = items.get(k).eval(env);
                    }
                    return new PyList(a);
                };
            }
            case "{": {
                List<Node> keys = new ArrayList<>();
                List<Node> values = new ArrayList<>();
                boolean isSet = false;
                while (!eat("}")) {
                    keys.add(expr());
                    if (eat(":")) {
                        values.add(expr());
                    } else {
                        isSet = true;
                    }
                    if (!eat(",")) {
                        expect("}");
                        break;
                    }
                }
                boolean set = isSet;
                return env -> {
                    if (set) {
                        PySet s = new PySet();
                        for (Node k : keys) {
                            s.add(k.eval(env));
                        }
                        return s;
                    }
                    PyDict d = new PyDict();
                    for (int k = 0; k < keys.size(); k++) {
                        d.setItem(keys.get(k).eval(env), values.get(k).eval(env));
                    }
                    return d;
                };
            }
            default:
                if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_') {
                    throw new IllegalArgumentException("unexpected token " + t + " in: " + src);
                }
                return new NameRef(t);
        }
    }
}

package dev.weft.frontend.unparse;

import dev.weft.frontend.ast.Arg;
import dev.weft.frontend.ast.Arguments;
import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.Await;
import dev.weft.frontend.ast.BinOp;
import dev.weft.frontend.ast.BoolOp;
import dev.weft.frontend.ast.BoolOpKind;
import dev.weft.frontend.ast.Call;
import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.Compare;
import dev.weft.frontend.ast.Comprehension;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Dict;
import dev.weft.frontend.ast.DictComp;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.FormattedValue;
import dev.weft.frontend.ast.GeneratorExp;
import dev.weft.frontend.ast.IfExp;
import dev.weft.frontend.ast.JoinedStr;
import dev.weft.frontend.ast.Keyword;
import dev.weft.frontend.ast.Lambda;
import dev.weft.frontend.ast.ListComp;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.NamedExpr;
import dev.weft.frontend.ast.SetComp;
import dev.weft.frontend.ast.Slice;
import dev.weft.frontend.ast.Starred;
import dev.weft.frontend.ast.Subscript;
import dev.weft.frontend.ast.UnaryOp;
import dev.weft.frontend.ast.Yield;
import dev.weft.frontend.ast.YieldFrom;
import dev.weft.frontend.dump.PyRepr;

import java.util.List;

/**
 * Turns an expression back into source text exactly as CPython 3.13's compiler does for
 * {@code from __future__ import annotations} ({@code _PyAST_ExprAsUnicode}): minimal
 * parentheses by operator precedence, constants as their {@code repr} (infinities as
 * {@code 1e309}), f-strings as {@code f} followed by the {@code repr} of their rebuilt body.
 * The rules differ from {@code ast.unparse} in places (quotes, parentheses, spacing), so this
 * follows the compiler's, not the library's.
 */
public final class ExprUnparser {
    /** Precedence levels, loosest first: an operand below its context's level gets parentheses. */
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    /** {@code repr(float('inf'))} replaced by a literal that reads back as infinity. */
    private static final String INFINITY = "1e309";

    private final StringBuilder out = new StringBuilder();

    private ExprUnparser() {}

    /** The annotation string of {@code e}: its text at the level of a full expression. */
    public static String unparse(Expr e) {
        return unparse(e, TEST);
    }

    private static String unparse(Expr e, int level) {
        ExprUnparser u = new ExprUnparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            out.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            out.append(')');
        }
    }

    private void expr(Expr e, int level) {
        switch (e.nodeName()) {
            case "BoolOp": {
                BoolOp b = (BoolOp) e;
                int pr = b.op == BoolOpKind.AND ? AND : OR;
                open(level > pr);
                for (int i = 0; i < b.values.size(); i++) {
                    if (i > 0) {
                        out.append(b.op == BoolOpKind.AND ? " and " : " or ");
                    }
                    expr(b.values.get(i), pr + 1);
                }
                close(level > pr);
                return;
            }
            case "BinOp":
                binOp((BinOp) e, level);
                return;
            case "UnaryOp": {
                UnaryOp u = (UnaryOp) e;
                int pr;
                String op;
                switch (u.op) {
                    case INVERT: op = "~"; pr = FACTOR; break;
                    case NOT: op = "not "; pr = NOT; break;
                    case U_ADD: op = "+"; pr = FACTOR; break;
                    default: op = "-"; pr = FACTOR; break;
                }
                open(level > pr);
                out.append(op);
                expr(u.operand, pr);
                close(level > pr);
                return;
            }
            case "Lambda": {
                Lambda l = (Lambda) e;
                open(level > TEST);
                int positional = l.args.args.size() + l.args.posonlyargs.size();
                out.append(positional > 0 ? "lambda " : "lambda");
                arguments(l.args);
                out.append(": ");
                expr(l.body, TEST);
                close(level > TEST);
                return;
            }
            case "IfExp": {
                IfExp i = (IfExp) e;
                open(level > TEST);
                expr(i.body, TEST + 1);
                out.append(" if ");
                expr(i.test, TEST + 1);
                out.append(" else ");
                expr(i.orelse, TEST);
                close(level > TEST);
                return;
            }
            case "Dict": {
                Dict d = (Dict) e;
                out.append('{');
                for (int i = 0; i < d.values.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    Expr key = d.keys.get(i);
                    if (key != null) {
                        expr(key, TEST);
                        out.append(": ");
                        expr(d.values.get(i), TEST);
                    } else {
                        out.append("**");
                        expr(d.values.get(i), BOR);
                    }
                }
                out.append('}');
                return;
            }
            case "Set":
                elements("{", ((dev.weft.frontend.ast.Set) e).elts, "}");
                return;
            case "List":
                elements("[", ((dev.weft.frontend.ast.List) e).elts, "]");
                return;
            case "Tuple": {
                List<Expr> elts = ((dev.weft.frontend.ast.Tuple) e).elts;
                if (elts.isEmpty()) {
                    out.append("()");
                    return;
                }
                open(level > TUPLE);
                for (int i = 0; i < elts.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    expr(elts.get(i), TEST);
                }
                if (elts.size() == 1) {
                    out.append(',');
                }
                close(level > TUPLE);
                return;
            }
            case "GeneratorExp": {
                GeneratorExp g = (GeneratorExp) e;
                out.append('(');
                expr(g.elt, TEST);
                comprehensions(g.generators);
                out.append(')');
                return;
            }
            case "ListComp": {
                ListComp c = (ListComp) e;
                out.append('[');
                expr(c.elt, TEST);
                comprehensions(c.generators);
                out.append(']');
                return;
            }
            case "SetComp": {
                SetComp c = (SetComp) e;
                out.append('{');
                expr(c.elt, TEST);
                comprehensions(c.generators);
                out.append('}');
                return;
            }
            case "DictComp": {
                DictComp c = (DictComp) e;
                out.append('{');
                expr(c.key, TEST);
                out.append(": ");
                expr(c.value, TEST);
                comprehensions(c.generators);
                out.append('}');
                return;
            }
            case "Yield": {
                Yield y = (Yield) e;
                if (y.value == null) {
                    out.append("(yield)");
                    return;
                }
                out.append("(yield ");
                expr(y.value, TEST);
                out.append(')');
                return;
            }
            case "YieldFrom":
                out.append("(yield from ");
                expr(((YieldFrom) e).value, TEST);
                out.append(')');
                return;
            case "Await":
                open(level > AWAIT);
                out.append("await ");
                expr(((Await) e).value, ATOM);
                close(level > AWAIT);
                return;
            case "Compare":
                compare((Compare) e, level);
                return;
            case "Call":
                call((Call) e);
                return;
            case "Constant": {
                Constant c = (Constant) e;
                if (c.value != ConstantValue.ELLIPSIS && c.kind != null) {
                    out.append(c.kind);  // the source's u'' prefix is kept
                }
                constant(c.value);
                return;
            }
            case "JoinedStr":
                joinedStr((JoinedStr) e, false);
                return;
            case "FormattedValue":
                formattedValue((FormattedValue) e);
                return;
            case "Attribute": {
                Attribute a = (Attribute) e;
                expr(a.value, ATOM);
                // An int literal needs a space before the dot to read back as an attribute access.
                boolean intLiteral = a.value instanceof Constant
                        && ((Constant) a.value).value instanceof java.math.BigInteger;
                out.append(intLiteral ? " ." : ".").append(a.attr);
                return;
            }
            case "Subscript": {
                Subscript s = (Subscript) e;
                expr(s.value, ATOM);
                out.append('[');
                expr(s.slice, TUPLE);
                out.append(']');
                return;
            }
            case "Starred":
                out.append('*');
                expr(((Starred) e).value, BOR);
                return;
            case "Slice": {
                Slice s = (Slice) e;
                if (s.lower != null) {
                    expr(s.lower, TEST);
                }
                out.append(':');
                if (s.upper != null) {
                    expr(s.upper, TEST);
                }
                if (s.step != null) {
                    out.append(':');
                    expr(s.step, TEST);
                }
                return;
            }
            case "Name":
                out.append(((Name) e).id);
                return;
            case "NamedExpr": {
                NamedExpr n = (NamedExpr) e;
                open(level > TUPLE);
                expr(n.target, ATOM);
                out.append(" := ");
                expr(n.value, ATOM);
                close(level > TUPLE);
                return;
            }
            default:
                throw new IllegalArgumentException("cannot unparse " + e.nodeName());
        }
    }

    private void binOp(BinOp b, int level) {
        String op;
        int pr;
        boolean rightAssociative = false;
        switch (b.op) {
            case ADD: op = " + "; pr = ARITH; break;
            case SUB: op = " - "; pr = ARITH; break;
            case MULT: op = " * "; pr = TERM; break;
            case MAT_MULT: op = " @ "; pr = TERM; break;
            case DIV: op = " / "; pr = TERM; break;
            case MOD: op = " % "; pr = TERM; break;
            case L_SHIFT: op = " << "; pr = SHIFT; break;
            case R_SHIFT: op = " >> "; pr = SHIFT; break;
            case BIT_OR: op = " | "; pr = BOR; break;
            case BIT_XOR: op = " ^ "; pr = BXOR; break;
            case BIT_AND: op = " & "; pr = BAND; break;
            case FLOOR_DIV: op = " // "; pr = TERM; break;
            default: op = " ** "; pr = POWER; rightAssociative = true; break;
        }
        open(level > pr);
        expr(b.left, pr + (rightAssociative ? 1 : 0));
        out.append(op);
        expr(b.right, pr + (rightAssociative ? 0 : 1));
        close(level > pr);
    }

    private void compare(Compare c, int level) {
        open(level > CMP);
        expr(c.left, CMP + 1);
        for (int i = 0; i < c.ops.size(); i++) {
            out.append(compareOperator(c.ops.get(i)));
            expr(c.comparators.get(i), CMP + 1);
        }
        close(level > CMP);
    }

    private static String compareOperator(CmpOpKind op) {
        switch (op) {
            case EQ: return " == ";
            case NOT_EQ: return " != ";
            case LT: return " < ";
            case LT_E: return " <= ";
            case GT: return " > ";
            case GT_E: return " >= ";
            case IS: return " is ";
            case IS_NOT: return " is not ";
            case IN: return " in ";
            default: return " not in ";
        }
    }

    private void call(Call c) {
        expr(c.func, ATOM);
        if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof GeneratorExp) {
            // f(x for x in y): the generator expression's own parentheses serve the call.
            expr(c.args.get(0), TEST);
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr a : c.args) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            expr(a, TEST);
        }
        for (Keyword k : c.keywords) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            if (k.arg == null) {
                out.append("**");
            } else {
                out.append(k.arg).append('=');
            }
            expr(k.value, TEST);
        }
        out.append(')');
    }

    private void elements(String open, List<Expr> elts, String close) {
        out.append(open);
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), TEST);
        }
        out.append(close);
    }

    private void comprehensions(List<Comprehension> generators) {
        for (Comprehension g : generators) {
            out.append(g.isAsync != 0 ? " async for " : " for ");
            expr(g.target, TUPLE);
            out.append(" in ");
            expr(g.iter, TEST + 1);
            for (Expr cond : g.ifs) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int positional = a.posonlyargs.size() + a.args.size();
        for (int i = 0; i < positional; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            arg(i < a.posonlyargs.size() ? a.posonlyargs.get(i) : a.args.get(i - a.posonlyargs.size()));
            int d = i - positional + a.defaults.size();
            if (d >= 0) {
                out.append('=');
                expr(a.defaults.get(d), TEST);
            }
            if (!a.posonlyargs.isEmpty() && i + 1 == a.posonlyargs.size()) {
                out.append(", /");
            }
        }
        if (a.vararg != null || !a.kwonlyargs.isEmpty()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append('*');
            if (a.vararg != null) {
                arg(a.vararg);
            }
        }
        for (int i = 0; i < a.kwonlyargs.size(); i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            arg(a.kwonlyargs.get(i));
            Expr d = i < a.kwDefaults.size() ? a.kwDefaults.get(i) : null;
            if (d != null) {
                out.append('=');
                expr(d, TEST);
            }
        }
        if (a.kwarg != null) {
            if (!first) {
                out.append(", ");
            }
            out.append("**");
            arg(a.kwarg);
        }
    }

    private void arg(Arg a) {
        out.append(a.arg);
        if (a.annotation != null) {
            out.append(": ");
            expr(a.annotation, TEST);
        }
    }

    private void constant(Object value) {
        if (value == ConstantValue.ELLIPSIS) {
            out.append("...");
        } else if (value instanceof Double) {
            out.append(PyRepr.repr(value).replace("inf", INFINITY));
        } else if (value instanceof ConstantValue.Imaginary) {
            out.append(PyRepr.repr(value).replace("inf", INFINITY));
        } else {
            out.append(PyRepr.repr(value));
        }
    }

    // ---- f-strings ------------------------------------------------------------------------

    /** An f-string: {@code f} and the repr of its body; a format spec: the body alone. */
    private void joinedStr(JoinedStr j, boolean formatSpec) {
        ExprUnparser body = new ExprUnparser();
        for (Expr v : j.values) {
            body.fstringElement(v);
        }
        if (formatSpec) {
            out.append(body.out);
        } else {
            out.append('f').append(PyRepr.str(body.out.toString()));
        }
    }

    private void fstringElement(Expr e) {
        if (e instanceof Constant) {
            out.append(((String) ((Constant) e).value).replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof JoinedStr) {
            joinedStr((JoinedStr) e, true);
        } else {
            formattedValue((FormattedValue) e);
        }
    }

    private void formattedValue(FormattedValue f) {
        // TEST + 1 parenthesises a lambda, whose ':' would end the field.
        String value = unparse(f.value, TEST + 1);
        out.append(value.startsWith("{") ? "{ " : "{").append(value);
        if (f.conversion > 0) {
            out.append('!').append((char) f.conversion);
        }
        if (f.formatSpec != null) {
            out.append(':');
            fstringElement(f.formatSpec);
        }
        out.append('}');
    }
}

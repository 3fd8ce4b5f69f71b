package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.Starred;
import dev.weft.frontend.ast.Subscript;
import dev.weft.frontend.ast.Tuple;

/**
 * Turns expressions parsed in target position into Store/Del targets, rejecting what cannot be
 * assigned or deleted with CPython's messages ({@code cannot assign to function call}, ...).
 */
final class Targets {
    private final BuildSupport support;

    Targets(BuildSupport support) {
        this.support = support;
    }

    /** Marks {@code e} as an assignment target ({@code =}, {@code for}, {@code with ... as}, comprehensions). */
    Expr store(Expr e) {
        Expr bad = invalidTarget(e, false);
        if (bad != null) {
            throw support.error("cannot assign to " + describe(bad), bad);
        }
        setContext(e, ExprContext.STORE);
        return e;
    }

    /** Marks {@code e} as a {@code del} target. */
    Expr delete(Expr e) {
        Expr bad = invalidTarget(e, true);
        if (bad != null) {
            throw support.error("cannot delete " + describe(bad), bad);
        }
        setContext(e, ExprContext.DEL);
        return e;
    }

    /** The first sub-expression of {@code e} that cannot be a target, or null. */
    static Expr invalidTarget(Expr e, boolean forDelete) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return null;
        }
        if (e instanceof Starred s) {
            return forDelete ? e : invalidTarget(s.value, false);
        }
        java.util.List<Expr> elts = null;
        if (e instanceof Tuple t) {
            elts = t.elts;
        } else if (e instanceof dev.weft.frontend.ast.List l) {
            elts = l.elts;
        }
        if (elts != null) {
            for (Expr elt : elts) {
                Expr bad = invalidTarget(elt, forDelete);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        return e;
    }

    static void setContext(Expr e, ExprContext ctx) {
        if (e instanceof Name n) {
            n.ctx = ctx;
        } else if (e instanceof Attribute a) {
            a.ctx = ctx;
        } else if (e instanceof Subscript s) {
            s.ctx = ctx;
        } else if (e instanceof Starred s) {
            s.ctx = ctx;
            setContext(s.value, ctx);
        } else if (e instanceof Tuple t) {
            t.ctx = ctx;
            for (Expr elt : t.elts) {
                setContext(elt, ctx);
            }
        } else if (e instanceof dev.weft.frontend.ast.List l) {
            l.ctx = ctx;
            for (Expr elt : l.elts) {
                setContext(elt, ctx);
            }
        }
    }

    /** CPython's {@code _PyPegen_get_expr_name}: how an expression is named in error messages. */
    static String describe(Expr e) {
        switch (e.nodeName()) {
            case "Attribute": return "attribute";
            case "Subscript": return "subscript";
            case "Starred": return "starred";
            case "Name": return "name";
            case "List": return "list";
            case "Tuple": return "tuple";
            case "Lambda": return "lambda";
            case "Call": return "function call";
            case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
            case "GeneratorExp": return "generator expression";
            case "Yield": case "YieldFrom": return "yield expression";
            case "Await": return "await expression";
            case "ListComp": return "list comprehension";
            case "SetComp": return "set comprehension";
            case "DictComp": return "dict comprehension";
            case "Dict": return "dict literal";
            case "Set": return "set display";
            case "JoinedStr": case "FormattedValue": return "f-string expression";
            case "Compare": return "comparison";
            case "IfExp": return "conditional expression";
            case "NamedExpr": return "named expression";
            case "Constant": {
                Object v = ((Constant) e).value;
                if (v == ConstantValue.NONE) {
                    return "None";
                } else if (Boolean.TRUE.equals(v)) {
                    return "True";
                } else if (Boolean.FALSE.equals(v)) {
                    return "False";
                } else if (v == ConstantValue.ELLIPSIS) {
                    return "ellipsis";
                }
                return "literal";
            }
            default: return "expression";
        }
    }
}

package dev.weft.ir.lower;

import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.Await;
import dev.weft.frontend.ast.BinOp;
import dev.weft.frontend.ast.BoolOp;
import dev.weft.frontend.ast.BoolOpKind;
import dev.weft.frontend.ast.Call;
import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.Compare;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Dict;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.FormattedValue;
import dev.weft.frontend.ast.IfExp;
import dev.weft.frontend.ast.JoinedStr;
import dev.weft.frontend.ast.Keyword;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.NamedExpr;
import dev.weft.frontend.ast.Slice;
import dev.weft.frontend.ast.Starred;
import dev.weft.frontend.ast.Subscript;
import dev.weft.frontend.ast.UnaryOp;
import dev.weft.frontend.ast.Yield;
import dev.weft.frontend.ast.YieldFrom;
import dev.weft.frontend.symtable.SymbolScope;
import dev.weft.ir.BasicBlock;
import dev.weft.ir.Const;
import dev.weft.ir.ContainerOpKind;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.BinaryOp;
import dev.weft.ir.instr.Branch;
import dev.weft.ir.instr.BuildDict;
import dev.weft.ir.instr.BuildList;
import dev.weft.ir.instr.BuildSet;
import dev.weft.ir.instr.BuildSlice;
import dev.weft.ir.instr.BuildString;
import dev.weft.ir.instr.BuildTuple;
import dev.weft.ir.instr.CallEx;
import dev.weft.ir.instr.CallMethod;
import dev.weft.ir.instr.ContainerOp;
import dev.weft.ir.instr.Copy;
import dev.weft.ir.instr.FormatValue;
import dev.weft.ir.instr.GetAttr;
import dev.weft.ir.instr.GetAwaitable;
import dev.weft.ir.instr.GetItem;
import dev.weft.ir.instr.Jump;
import dev.weft.ir.instr.LoadVar;
import dev.weft.ir.instr.Send;

import java.util.ArrayList;
import java.util.List;

/** Lowers expressions: each call returns the operand holding the expression's value. */
final class ExpressionLowering {
    private final CodeUnit u;

    ExpressionLowering(CodeUnit u) {
        this.u = u;
    }

    Operand lower(Expr e) {
        u.at(e);
        switch (e.nodeName()) {
            case "Constant": {
                Object value = ((Constant) e).value;
                if (value instanceof ConstantValue.CodePointStr) {
                    // A Java string would merge the two lone surrogates into one character.
                    throw u.unsupported("a str constant with a lone high surrogate followed by a lone low surrogate", e);
                }
                return new Const(value);
            }
            case "Name":
                return u.emit(new LoadVar(u.temp(), u.names.load(((Name) e).id))).result;
            case "Attribute": {
                Attribute a = (Attribute) e;
                Operand obj = lower(a.value);
                u.at(e);
                return u.emit(new GetAttr(u.temp(), obj, u.names.mangle(a.attr))).result;
            }
            case "Subscript": {
                Subscript s = (Subscript) e;
                Operand obj = lower(s.value);
                Operand key = lower(s.slice);
                u.at(e);
                return u.emit(new GetItem(u.temp(), obj, key)).result;
            }
            case "Slice":
                return slice((Slice) e);
            case "BinOp": {
                BinOp op = (BinOp) e;
                Operand left = lower(op.left);
                Operand right = lower(op.right);
                u.at(e);
                return u.emit(new BinaryOp(u.temp(), left, right, op.op, false)).result;
            }
            case "UnaryOp": {
                UnaryOp op = (UnaryOp) e;
                Operand operand = lower(op.operand);
                u.at(e);
                return u.emit(new dev.weft.ir.instr.UnaryOp(u.temp(), operand, op.op)).result;
            }
            case "BoolOp":
                return boolOp((BoolOp) e);
            case "Compare":
                return compare((Compare) e);
            case "IfExp":
                return ifExp((IfExp) e);
            case "Call":
                return call((Call) e);
            case "Tuple":
                return sequence(((dev.weft.frontend.ast.Tuple) e).elts, Kind.TUPLE);
            case "List":
                return sequence(((dev.weft.frontend.ast.List) e).elts, Kind.LIST);
            case "Set":
                return sequence(((dev.weft.frontend.ast.Set) e).elts, Kind.SET);
            case "Dict":
                return dict((Dict) e);
            case "JoinedStr":
                return joinedStr((JoinedStr) e);
            case "FormattedValue":
                return formattedValue((FormattedValue) e);
            case "NamedExpr": {
                NamedExpr n = (NamedExpr) e;
                Operand value = lower(n.value);
                Temp result = value instanceof Temp ? (Temp) value : u.copy(value);
                u.targets.store(n.target, result);
                return result;
            }
            case "Lambda":
                return u.definitions.lambda((dev.weft.frontend.ast.Lambda) e);
            case "ListComp":
            case "SetComp":
            case "DictComp":
            case "GeneratorExp":
                return u.comprehensions.lower(e);
            case "Yield": {
                Yield y = (Yield) e;
                Operand value = y.value == null ? Const.NONE : lower(y.value);
                u.at(e);
                return u.emit(new dev.weft.ir.instr.Yield(u.temp(), value, null)).result;
            }
            case "YieldFrom":
                return delegate(lower(((YieldFrom) e).value), false);
            case "Await":
                return delegate(lower(((Await) e).value), true);
            case "Starred":
                throw u.unsupported("starred expression in this position", e);
            default:
                throw u.unsupported("expression " + e.nodeName(), e);
        }
    }

    private Operand slice(Slice s) {
        Operand lower = s.lower == null ? Const.NONE : lower(s.lower);
        Operand upper = s.upper == null ? Const.NONE : lower(s.upper);
        Operand step = s.step == null ? Const.NONE : lower(s.step);
        u.at(s);
        return u.emit(new BuildSlice(u.temp(), lower, upper, step)).result;
    }

    /** {@code a and b or c}: the value of the last operand evaluated. */
    private Operand boolOp(BoolOp e) {
        Temp result = u.temp();
        BasicBlock end = u.b.newBlock();
        for (int i = 0; i < e.values.size(); i++) {
            Operand v = lower(e.values.get(i));
            u.emit(new Copy(result, v));
            if (i == e.values.size() - 1) {
                u.emit(new Jump(end));
            } else {
                BasicBlock next = u.b.newBlock();
                if (e.op == BoolOpKind.AND) {
                    u.emit(new Branch(result, next, end));
                } else {
                    u.emit(new Branch(result, end, next));
                }
                u.b.enter(next);
            }
        }
        u.b.enter(end);
        return result;
    }

    /** {@code a < b < c}: each operand evaluated once, stopping at the first false comparison. */
    private Operand compare(Compare e) {
        Operand left = lower(e.left);
        if (e.ops.size() == 1) {
            Operand right = lower(e.comparators.get(0));
            u.at(e);
            return u.emit(new dev.weft.ir.instr.Compare(u.temp(), left, right, e.ops.get(0))).result;
        }
        Temp result = u.temp();
        BasicBlock end = u.b.newBlock();
        for (int i = 0; i < e.ops.size(); i++) {
            Operand right = lower(e.comparators.get(i));
            if (right instanceof Const && i < e.ops.size() - 1) {
                right = u.copy(right);
            }
            u.at(e);
            CmpOpKind op = e.ops.get(i);
            u.emit(new dev.weft.ir.instr.Compare(result, left, right, op));
            if (i == e.ops.size() - 1) {
                u.emit(new Jump(end));
            } else {
                BasicBlock next = u.b.newBlock();
                u.emit(new Branch(result, next, end));
                u.b.enter(next);
            }
            left = right;
        }
        u.b.enter(end);
        return result;
    }

    private Operand ifExp(IfExp e) {
        Temp result = u.temp();
        BasicBlock yes = u.b.newBlock();
        BasicBlock no = u.b.newBlock();
        BasicBlock end = u.b.newBlock();
        branch(e.test, yes, no);
        u.b.enter(yes);
        u.emit(new Copy(result, lower(e.body)));
        u.emit(new Jump(end));
        u.b.enter(no);
        u.emit(new Copy(result, lower(e.orelse)));
        u.emit(new Jump(end));
        u.b.enter(end);
        return result;
    }

    /** Evaluates a condition and branches on its truth. */
    void branch(Expr test, BasicBlock ifTrue, BasicBlock ifFalse) {
        Operand v = lower(test);
        u.emit(new Branch(v, ifTrue, ifFalse));
    }

    // ---- calls ------------------------------------------------------------------------

    private Operand call(Call c) {
        boolean unpacking = c.args.stream().anyMatch(a -> a instanceof Starred)
                || c.keywords.stream().anyMatch(k -> k.arg == null);
        if (!unpacking && c.func instanceof Attribute) {
            Attribute a = (Attribute) c.func;
            Operand receiver = lower(a.value);
            List<Operand> args = new ArrayList<>();
            List<String> kwnames = new ArrayList<>();
            arguments(c, args, kwnames);
            u.at(c);
            return u.emit(new CallMethod(u.temp(), receiver, args, u.names.mangle(a.attr), kwnames)).result;
        }
        Operand callee = CallerLocals.bindIfNeeded(u, c, lower(c.func));
        if (!unpacking) {
            List<Operand> args = new ArrayList<>();
            List<String> kwnames = new ArrayList<>();
            if (isZeroArgumentSuper(c)) {
                args.add(u.emit(new LoadVar(u.temp(), u.names.load("__class__"))).result);
                args.add(u.emit(new LoadVar(u.temp(), u.names.load(u.firstArgument))).result);
            }
            arguments(c, args, kwnames);
            u.at(c);
            return u.emit(new dev.weft.ir.instr.Call(u.temp(), callee, args, kwnames)).result;
        }
        Operand positional = sequence(c.args, Kind.TUPLE);
        Operand keywords = Const.NONE;
        if (!c.keywords.isEmpty()) {
            Temp dict = u.emit(new BuildDict(u.temp(), List.of())).result;
            for (Keyword k : c.keywords) {
                Operand v = lower(k.value);
                if (k.arg == null) {
                    u.at(k);
                    u.emit(new ContainerOp(dict, v, ContainerOpKind.DICT_MERGE, callee));
                } else {
                    Temp single = u.emit(new BuildDict(u.temp(), List.of(new Const(k.arg), v))).result;
                    u.emit(new ContainerOp(dict, single, ContainerOpKind.DICT_MERGE, callee));
                }
            }
            keywords = dict;
        }
        u.at(c);
        return u.emit(new CallEx(u.temp(), callee, positional, keywords)).result;
    }

    private void arguments(Call c, List<Operand> args, List<String> kwnames) {
        for (Expr a : c.args) {
            args.add(lower(a));
        }
        for (Keyword k : c.keywords) {
            args.add(lower(k.value));
            kwnames.add(k.arg);
        }
    }

    /** {@code super()} in a method: CPython passes the {@code __class__} cell and the first argument. */
    private boolean isZeroArgumentSuper(Call c) {
        if (!(c.func instanceof Name) || !((Name) c.func).id.equals("super") || !c.args.isEmpty()
                || !c.keywords.isEmpty() || u.firstArgument == null) {
            return false;
        }
        SymbolScope s = u.scope().scopeOf("super");
        return (s == null || s == SymbolScope.GLOBAL_IMPLICIT) && u.scope().scopeOf("__class__") == SymbolScope.FREE;
    }

    // ---- displays ----------------------------------------------------------------------

    enum Kind { TUPLE, LIST, SET }

    /** A tuple, list or set display (or the positional part of a call), with {@code *x} items. */
    Operand sequence(List<Expr> elts, Kind kind) {
        boolean starred = elts.stream().anyMatch(x -> x instanceof Starred);
        if (!starred) {
            List<Operand> items = new ArrayList<>(elts.size());
            for (Expr x : elts) {
                items.add(lower(x));
            }
            Temp t = u.temp();
            switch (kind) {
                case TUPLE:
                    return u.emit(new BuildTuple(t, items)).result;
                case LIST:
                    return u.emit(new BuildList(t, items)).result;
                default:
                    return u.emit(new BuildSet(t, items)).result;
            }
        }
        Temp acc = kind == Kind.SET ? u.emit(new BuildSet(u.temp(), List.of())).result
                : u.emit(new BuildList(u.temp(), List.of())).result;
        for (Expr x : elts) {
            if (x instanceof Starred) {
                Operand v = lower(((Starred) x).value);
                u.emit(new ContainerOp(acc, v, kind == Kind.SET ? ContainerOpKind.SET_UPDATE : ContainerOpKind.LIST_EXTEND));
            } else {
                Operand v = lower(x);
                u.emit(new ContainerOp(acc, v, kind == Kind.SET ? ContainerOpKind.SET_ADD : ContainerOpKind.LIST_APPEND));
            }
        }
        if (kind == Kind.TUPLE) {
            Temp tupleType = u.emit(new dev.weft.ir.instr.LoadBuiltin(u.temp(), "tuple")).result;
            return u.emit(new dev.weft.ir.instr.Call(u.temp(), tupleType, List.of(acc), List.of())).result;
        }
        return acc;
    }

    private Operand dict(Dict d) {
        boolean unpacking = d.keys.stream().anyMatch(k -> k == null);
        if (!unpacking) {
            List<Operand> items = new ArrayList<>();
            for (int i = 0; i < d.keys.size(); i++) {
                items.add(lower(d.keys.get(i)));
                items.add(lower(d.values.get(i)));
            }
            u.at(d);
            return u.emit(new BuildDict(u.temp(), items)).result;
        }
        Temp acc = u.emit(new BuildDict(u.temp(), List.of())).result;
        for (int i = 0; i < d.keys.size(); i++) {
            Expr k = d.keys.get(i);
            if (k == null) {
                Operand v = lower(d.values.get(i));
                u.emit(new ContainerOp(acc, v, ContainerOpKind.DICT_UPDATE));
            } else {
                Operand key = lower(k);
                Operand v = lower(d.values.get(i));
                u.emit(new dev.weft.ir.instr.SetItem(acc, key, v));
            }
        }
        return acc;
    }

    // ---- f-strings ---------------------------------------------------------------------

    private Operand joinedStr(JoinedStr s) {
        List<Operand> parts = new ArrayList<>();
        for (Expr v : s.values) {
            parts.add(lower(v));
        }
        if (parts.size() == 1 && parts.get(0) instanceof Temp && s.values.get(0) instanceof FormattedValue) {
            return parts.get(0);
        }
        u.at(s);
        return u.emit(new BuildString(u.temp(), parts)).result;
    }

    private Operand formattedValue(FormattedValue f) {
        Operand value = lower(f.value);
        Operand spec = f.formatSpec == null ? new Const("") : lower(f.formatSpec);
        u.at(f);
        return u.emit(new FormatValue(u.temp(), value, spec, f.conversion)).result;
    }

    // ---- yield from / await -------------------------------------------------------------

    /**
     * {@code yield from x} / {@code await x}: drive the sub-iterator with {@code send} until it
     * returns; each value it yields is yielded from here, and what is sent back goes to it.
     */
    Operand delegate(Operand source, boolean isAwait) {
        Temp iterator = u.emit(new GetAwaitable(u.temp(), source, isAwait)).result;
        Temp sent = u.copy(Const.NONE);
        Temp result = u.temp();
        BasicBlock step = u.b.newBlock();
        BasicBlock yielded = u.b.newBlock();
        BasicBlock done = u.b.newBlock();
        u.emit(new Jump(step));
        u.b.enter(step);
        u.emit(new Send(result, iterator, sent, yielded, done));
        u.b.enter(yielded);
        Temp received = u.emit(new dev.weft.ir.instr.Yield(u.temp(), result, iterator)).result;
        u.emit(new Copy(sent, received));
        u.emit(new Jump(step));
        u.b.enter(done);
        return result;
    }
}

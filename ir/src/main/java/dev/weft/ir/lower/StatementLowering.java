package dev.weft.ir.lower;

import dev.weft.frontend.ast.AnnAssign;
import dev.weft.frontend.ast.Assert;
import dev.weft.frontend.ast.Assign;
import dev.weft.frontend.ast.AsyncFor;
import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.AugAssign;
import dev.weft.frontend.ast.Delete;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.ExprStmt;
import dev.weft.frontend.ast.For;
import dev.weft.frontend.ast.If;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.Raise;
import dev.weft.frontend.ast.Return;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.Subscript;
import dev.weft.frontend.ast.While;
import dev.weft.frontend.symtable.ScopeType;
import dev.weft.frontend.unparse.ExprUnparser;
import dev.weft.ir.BasicBlock;
import dev.weft.ir.Const;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.BinaryOp;
import dev.weft.ir.instr.Branch;
import dev.weft.ir.instr.CaughtException;
import dev.weft.ir.instr.CloseOwned;
import dev.weft.ir.instr.ExceptionMatches;
import dev.weft.ir.instr.ForIter;
import dev.weft.ir.instr.GetAttr;
import dev.weft.ir.instr.GetItem;
import dev.weft.ir.instr.GetIter;
import dev.weft.ir.instr.Jump;
import dev.weft.ir.instr.LoadBuiltin;
import dev.weft.ir.instr.LoadVar;
import dev.weft.ir.instr.Reraise;
import dev.weft.ir.instr.SetAttr;
import dev.weft.ir.instr.SetItem;
import dev.weft.ir.instr.StoreVar;

import java.util.List;

/** Lowers statements of one code object. */
final class StatementLowering {
    private final CodeUnit u;
    private final ExpressionLowering expressions;
    private final TargetLowering targets;

    StatementLowering(CodeUnit u, ExpressionLowering expressions, TargetLowering targets) {
        this.u = u;
        this.expressions = expressions;
        this.targets = targets;
    }

    void lower(List<Stmt> body) {
        for (Stmt s : body) {
            lower(s);
        }
    }

    void lower(Stmt s) {
        u.at(s);
        switch (s.nodeName()) {
            case "Expr":
                expressions.lower(((ExprStmt) s).value);
                return;
            case "Assign": {
                Assign a = (Assign) s;
                Operand value = expressions.lower(a.value);
                for (Expr t : a.targets) {
                    targets.store(t, value);
                }
                return;
            }
            case "AugAssign":
                augAssign((AugAssign) s);
                return;
            case "AnnAssign":
                annAssign((AnnAssign) s);
                return;
            case "Delete":
                for (Expr t : ((Delete) s).targets) {
                    targets.delete(t);
                }
                return;
            case "Pass":
            case "Global":
            case "Nonlocal":
                return;
            case "If":
                ifStmt((If) s);
                return;
            case "While":
                whileStmt((While) s);
                return;
            case "For":
                forStmt((For) s);
                return;
            case "AsyncFor":
                asyncFor((AsyncFor) s);
                return;
            case "Break":
                u.exceptions.unwindForLoopExit(true);
                return;
            case "Continue":
                u.exceptions.unwindForLoopExit(false);
                return;
            case "Return":
                returnStmt((Return) s);
                return;
            case "Raise": {
                Raise r = (Raise) s;
                Operand exc = r.exc == null ? null : expressions.lower(r.exc);
                Operand cause = r.cause == null ? null : expressions.lower(r.cause);
                u.at(s);
                u.emit(new dev.weft.ir.instr.Raise(exc, cause));
                return;
            }
            case "Try":
                u.exceptions.tryStmt((dev.weft.frontend.ast.Try) s);
                return;
            case "With":
                u.exceptions.with(((dev.weft.frontend.ast.With) s).items, ((dev.weft.frontend.ast.With) s).body, false);
                return;
            case "AsyncWith":
                u.exceptions.with(((dev.weft.frontend.ast.AsyncWith) s).items,
                        ((dev.weft.frontend.ast.AsyncWith) s).body, true);
                return;
            case "Assert":
                assertStmt((Assert) s);
                return;
            case "Import":
                u.imports.importStmt((dev.weft.frontend.ast.Import) s);
                return;
            case "ImportFrom":
                u.imports.importFrom((dev.weft.frontend.ast.ImportFrom) s);
                return;
            case "FunctionDef":
            case "AsyncFunctionDef":
                u.definitions.function(s);
                return;
            case "ClassDef":
                u.definitions.classDef((dev.weft.frontend.ast.ClassDef) s);
                return;
            case "Match":
                u.matches.match((dev.weft.frontend.ast.Match) s);
                return;
            case "TryStar":
                u.exceptions.tryStar((dev.weft.frontend.ast.TryStar) s);
                return;
            case "TypeAlias":
                u.typeParams.typeAlias((dev.weft.frontend.ast.TypeAlias) s);
                return;
            default:
                throw u.unsupported("statement " + s.nodeName(), s);
        }
    }

    private void augAssign(AugAssign a) {
        Expr t = a.target;
        switch (t.nodeName()) {
            case "Name": {
                Temp old = u.emit(new LoadVar(u.temp(), u.names.load(((Name) t).id))).result;
                Operand v = expressions.lower(a.value);
                u.at(a);
                Temp r = u.emit(new BinaryOp(u.temp(), old, v, a.op, true)).result;
                u.emit(new StoreVar(r, u.names.store(((Name) t).id)));
                return;
            }
            case "Attribute": {
                Attribute at = (Attribute) t;
                Operand obj = expressions.lower(at.value);
                String name = u.names.mangle(at.attr);
                u.at(t);
                Temp old = u.emit(new GetAttr(u.temp(), obj, name)).result;
                Operand v = expressions.lower(a.value);
                u.at(a);
                Temp r = u.emit(new BinaryOp(u.temp(), old, v, a.op, true)).result;
                u.at(t);
                u.emit(new SetAttr(obj, r, name));
                targets.recordStaticAttribute(at);
                return;
            }
            case "Subscript": {
                Subscript s = (Subscript) t;
                Operand obj = expressions.lower(s.value);
                Operand key = expressions.lower(s.slice);
                u.at(t);
                Temp old = u.emit(new GetItem(u.temp(), obj, key)).result;
                Operand v = expressions.lower(a.value);
                u.at(a);
                Temp r = u.emit(new BinaryOp(u.temp(), old, v, a.op, true)).result;
                u.at(t);
                u.emit(new SetItem(obj, key, r));
                return;
            }
            default:
                throw u.unsupported("augmented assignment to " + t.nodeName(), a);
        }
    }

    /**
     * {@code x: T = v}, as CPython 3.13's {@code compiler_annassign}: the value is stored first.
     * Module and class bodies record simple names in {@code __annotations__} (the annotation's
     * source text under {@code from __future__ import annotations}); an attribute or subscript
     * target without a value still has its object (and subscript) evaluated; the annotation of
     * any other target is evaluated, and dropped, only in module and class bodies without the
     * future import. Function bodies never evaluate annotations.
     */
    private void annAssign(AnnAssign a) {
        if (a.value != null) {
            Operand v = expressions.lower(a.value);
            targets.store(a.target, v);
        }
        ScopeType type = u.scope().type();
        boolean recorded = type == ScopeType.MODULE || type == ScopeType.CLASS;
        boolean future = u.module.futureAnnotations();
        if (a.target instanceof Name) {
            if (a.simple != 0 && recorded) {
                Operand ann = future ? new Const(ExprUnparser.unparse(a.annotation)) : expressions.lower(a.annotation);
                u.at(a);
                Temp dict = u.emit(new LoadVar(u.temp(), u.names.load("__annotations__"))).result;
                u.emit(new SetItem(dict, new Const(u.names.mangle(((Name) a.target).id)), ann));
            }
        } else if (a.target instanceof Attribute) {
            if (a.value == null) {
                expressions.lower(((Attribute) a.target).value);
            }
        } else if (a.target instanceof Subscript) {
            if (a.value == null) {
                expressions.lower(((Subscript) a.target).value);
                annotatedSubscript(((Subscript) a.target).slice);
            }
        }
        if (a.simple == 0 && recorded && !future) {
            expressions.lower(a.annotation);
        }
    }

    /** The parts of an annotated subscript target's slice that CPython evaluates ({@code check_ann_subscr}). */
    private void annotatedSubscript(Expr slice) {
        if (slice instanceof dev.weft.frontend.ast.Slice) {
            dev.weft.frontend.ast.Slice s = (dev.weft.frontend.ast.Slice) slice;
            for (Expr part : new Expr[] {s.lower, s.upper, s.step}) {
                if (part != null) {
                    expressions.lower(part);
                }
            }
        } else if (slice instanceof dev.weft.frontend.ast.Tuple) {
            for (Expr e : ((dev.weft.frontend.ast.Tuple) slice).elts) {
                annotatedSubscript(e);
            }
        } else {
            expressions.lower(slice);
        }
    }

    private void ifStmt(If s) {
        BasicBlock yes = u.b.newBlock();
        BasicBlock end = u.b.newBlock();
        BasicBlock no = s.orelse.isEmpty() ? end : u.b.newBlock();
        expressions.branch(s.test, yes, no);
        u.b.enter(yes);
        lower(s.body);
        if (!u.b.isTerminated()) {
            u.emit(new Jump(end));
        }
        elseBranch(s.orelse, no, end);
        u.b.enter(end);
    }

    private void whileStmt(While s) {
        BasicBlock head = u.b.newBlock();
        BasicBlock body = u.b.newBlock();
        BasicBlock end = u.b.newBlock();
        BasicBlock orelse = s.orelse.isEmpty() ? end : u.b.newBlock();
        u.emit(new Jump(head));
        u.b.enter(head);
        u.at(s);
        expressions.branch(s.test, body, orelse);
        u.b.enter(body);
        loopBody(s.body, head, end, u.b.handler(), List.of());
        elseBranch(s.orelse, orelse, end);
        u.b.enter(end);
    }

    /**
     * {@code for}: over a claimable iterable ({@link ExpressionLowering#isClaimable}) the loop
     * owns the generator the iterable's call creates, and closes it on every early way out:
     * {@code break} and {@code return} (in unwinding order, see {@link CodeUnit.Loop}) and an
     * exception leaving the body or the iteration (a handler around the loop).
     */
    private void forStmt(For s) {
        boolean owning = ExpressionLowering.isClaimable(s.iter);
        ExpressionLowering.Claimed claimed = owning ? expressions.lowerClaiming(s.iter)
                : new ExpressionLowering.Claimed(expressions.lower(s.iter), List.of());
        // as CPython's GET_ITER and FOR_ITER, the iteration is at the iterable's span
        u.at(s.iter);
        Temp iterator = u.emit(new GetIter(u.temp(), claimed.value(), false)).result;
        List<Operand> owned = new java.util.ArrayList<>();
        if (owning) {
            owned.add(iterator);
            owned.addAll(claimed.wrapped());
        }
        BasicBlock outer = u.b.handler();
        BasicBlock end = u.b.newBlock();
        boolean afterExhaustion = !s.orelse.isEmpty() || !claimed.wrapped().isEmpty();
        BasicBlock exhausted = afterExhaustion ? u.b.newBlock() : end;
        BasicBlock closer = owning ? u.b.newBlock() : null;
        if (owning) {
            u.b.setHandler(closer);
        }
        BasicBlock head = u.b.newBlock();
        BasicBlock body = u.b.newBlock();
        u.emit(new Jump(head));
        u.b.enter(head);
        Temp item = u.temp();
        u.emit(new ForIter(item, iterator, body, exhausted));
        u.b.enter(body);
        targets.store(s.target, item);
        loopBody(s.body, head, end, outer, owned);
        u.b.setHandler(outer);
        if (owning) {
            closeOnException(closer, owned, s);
        }
        if (afterExhaustion) {
            // Exhausted: a wrapper (zip) may leave generators it holds unfinished.
            u.b.enter(exhausted);
            u.at(s);
            for (Operand w : claimed.wrapped()) {
                u.emit(new CloseOwned(w, null));
            }
            lower(s.orelse);
            if (!u.b.isTerminated()) {
                u.emit(new Jump(end));
            }
        }
        u.b.enter(end);
    }

    /** The handler of an owning loop: closes what it owns, then lets the exception go on. */
    void closeOnException(BasicBlock closer, List<Operand> owned, dev.weft.frontend.ast.Node at) {
        u.b.enter(closer);
        u.at(at);
        Temp exc = u.emit(new CaughtException(u.temp())).result;
        u.exceptions.closeOwned(owned);
        u.emit(new Reraise(exc));
    }

    /** {@code async for}: await {@code __anext__()} until it raises StopAsyncIteration. */
    private void asyncFor(AsyncFor s) {
        Operand iterable = expressions.lower(s.iter);
        u.at(s);
        Temp iterator = u.emit(new GetIter(u.temp(), iterable, true)).result;
        BasicBlock outer = u.b.handler();
        BasicBlock stop = u.b.newBlock();
        BasicBlock head = u.b.newBlock();
        BasicBlock end = u.b.newBlock();
        BasicBlock orelse = s.orelse.isEmpty() ? end : u.b.newBlock();
        u.emit(new Jump(head));
        u.b.enter(head);
        u.b.protect(stop);
        Temp awaitable = u.emit(new dev.weft.ir.instr.CallMethod(u.temp(), iterator, List.of(), "__anext__", List.of())).result;
        Operand item = expressions.delegate(awaitable, true);
        u.b.protect(outer);
        targets.store(s.target, item);
        loopBody(s.body, head, end, outer, List.of());
        u.b.enter(stop);
        Temp exc = u.emit(new CaughtException(u.temp())).result;
        Temp type = u.emit(new LoadBuiltin(u.temp(), "StopAsyncIteration")).result;
        Temp matches = u.emit(new ExceptionMatches(u.temp(), exc, type)).result;
        BasicBlock reraise = u.b.newBlock();
        u.emit(new Branch(matches, orelse, reraise));
        u.b.enter(reraise);
        u.emit(new Reraise(exc));
        elseBranch(s.orelse, orelse, end);
        u.b.enter(end);
    }

    /** A loop body: {@code break}/{@code continue} leave through {@code end}/{@code head}; falling off the end loops. */
    private void loopBody(List<Stmt> body, BasicBlock head, BasicBlock end, BasicBlock outerHandler,
                          List<Operand> owned) {
        u.unwind.push(new CodeUnit.Loop(head, end, outerHandler, owned));
        lower(body);
        u.unwind.pop();
        if (!u.b.isTerminated()) {
            u.emit(new Jump(head));
        }
    }

    /** An {@code else} suite (of if, while, for) in {@code start}, continuing at {@code end}; nothing if empty. */
    private void elseBranch(List<Stmt> orelse, BasicBlock start, BasicBlock end) {
        if (orelse.isEmpty()) {
            return;
        }
        u.b.enter(start);
        lower(orelse);
        if (!u.b.isTerminated()) {
            u.emit(new Jump(end));
        }
    }

    private void returnStmt(Return r) {
        Operand value = r.value == null ? Const.NONE : expressions.lower(r.value);
        if (value instanceof Temp && !u.unwind.isEmpty()) {
            value = u.copy(value);
        }
        u.exceptions.unwindAll();
        u.at(r);
        u.emit(new dev.weft.ir.instr.Return(value));
    }

    private void assertStmt(Assert a) {
        BasicBlock fail = u.b.newBlock();
        BasicBlock end = u.b.newBlock();
        expressions.branch(a.test, end, fail);
        u.b.enter(fail);
        u.at(a);
        Temp type = u.emit(new LoadBuiltin(u.temp(), "AssertionError")).result;
        Operand exc = type;
        if (a.msg != null) {
            Operand msg = expressions.lower(a.msg);
            exc = u.emit(new dev.weft.ir.instr.Call(u.temp(), type, List.of(msg), List.of())).result;
        }
        u.emit(new dev.weft.ir.instr.Raise(exc, null));
        u.b.enter(end);
    }
}

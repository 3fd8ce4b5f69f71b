package dev.weft.ir.lower;

import dev.weft.frontend.ast.ExceptHandler;
import dev.weft.frontend.ast.ExceptHandlerNode;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.Try;
import dev.weft.frontend.ast.TryStar;
import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.WithItem;
import dev.weft.ir.BasicBlock;
import dev.weft.ir.Const;
import dev.weft.ir.ContainerOpKind;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.Branch;
import dev.weft.ir.instr.BuildList;
import dev.weft.ir.instr.ContainerOp;
import dev.weft.ir.instr.Copy;
import dev.weft.ir.instr.ExceptStarMatch;
import dev.weft.ir.instr.PrepReraiseStar;
import dev.weft.ir.instr.CaughtException;
import dev.weft.ir.instr.CloseOwned;
import dev.weft.ir.instr.ContextEnter;
import dev.weft.ir.instr.ContextExit;
import dev.weft.ir.instr.DeleteVar;
import dev.weft.ir.instr.EnterHandler;
import dev.weft.ir.instr.ExceptionMatches;
import dev.weft.ir.instr.ExitHandler;
import dev.weft.ir.instr.Jump;
import dev.weft.ir.instr.Reraise;
import dev.weft.ir.instr.StoreVar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Lowers {@code try}/{@code except}/{@code else}/{@code finally} and {@code with} to handler
 * blocks, and the early exits ({@code return}, {@code break}, {@code continue}) that must run
 * {@code finally} bodies and {@code with} exits on the way out. {@code finally} bodies are
 * emitted once per way out, as CPython does.
 */
final class ExceptionLowering {
    private final CodeUnit u;
    private final StatementLowering statements;
    private final ExpressionLowering expressions;
    private final TargetLowering targets;

    ExceptionLowering(CodeUnit u, StatementLowering statements, ExpressionLowering expressions, TargetLowering targets) {
        this.u = u;
        this.statements = statements;
        this.expressions = expressions;
        this.targets = targets;
    }

    // ---- try ---------------------------------------------------------------------------

    void tryStmt(Try t) {
        tryStmt(t.body, t.handlers, t.orelse, t.finalbody, false);
    }

    void tryStar(TryStar t) {
        tryStmt(t.body, t.handlers, t.orelse, t.finalbody, true);
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse,
                         List<Stmt> finalbody, boolean star) {
        if (finalbody.isEmpty()) {
            tryExcept(body, handlers, orelse, star);
            return;
        }
        BasicBlock outer = u.b.handler();
        BasicBlock onException = u.b.newBlock();
        BasicBlock end = u.b.newBlock();
        u.b.protect(onException);
        u.unwind.push(new CodeUnit.Finally(finalbody, outer));
        if (handlers.isEmpty()) {
            statements.lower(body);
            if (!orelse.isEmpty()) {
                statements.lower(orelse);
            }
        } else {
            tryExcept(body, handlers, orelse, star);
        }
        u.unwind.pop();
        u.b.protect(outer);
        if (!u.b.isTerminated()) {
            statements.lower(finalbody);
            if (!u.b.isTerminated()) {
                u.emit(new Jump(end));
            }
        }
        // The exceptional way out: run the body with the exception as the one being handled,
        // then re-raise it.
        u.b.enter(onException);
        Temp exc = u.emit(new CaughtException(u.temp())).result;
        Temp previous = u.emit(new EnterHandler(u.temp(), exc)).result;
        BasicBlock restore = restoringHandler(previous, null, outer);
        u.b.protect(restore);
        u.unwind.push(new CodeUnit.Handler(previous, null, outer));
        statements.lower(finalbody);
        u.unwind.pop();
        u.b.protect(outer);
        if (!u.b.isTerminated()) {
            u.emit(new ExitHandler(previous));
            u.emit(new Reraise(exc));
        }
        u.b.enter(end);
    }

    /** try/except/else (or except*) without finally (the finally, if any, wraps this). */
    private void tryExcept(List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse, boolean star) {
        BasicBlock outer = u.b.handler();
        BasicBlock dispatch = u.b.newBlock();
        BasicBlock end = u.b.newBlock();
        u.b.protect(dispatch);
        statements.lower(body);
        u.b.protect(outer);
        if (!u.b.isTerminated()) {
            statements.lower(orelse);
            if (!u.b.isTerminated()) {
                u.emit(new Jump(end));
            }
        }
        u.b.enter(dispatch);
        Temp exc = u.emit(new CaughtException(u.temp())).result;
        Temp previous = u.emit(new EnterHandler(u.temp(), exc)).result;
        BasicBlock restore = restoringHandler(previous, null, outer);
        u.b.protect(restore);
        if (star) {
            exceptStarClauses(handlers, exc, previous, restore, outer, end);
            return;
        }
        for (ExceptHandlerNode node : handlers) {
            ExceptHandler h = (ExceptHandler) node;
            u.at(h);
            BasicBlock next = null;
            if (h.type != null) {
                Operand type = expressions.lower(h.type);
                u.at(h);
                Temp matches = u.emit(new ExceptionMatches(u.temp(), exc, type)).result;
                BasicBlock clause = u.b.newBlock();
                next = u.b.newBlock();
                u.emit(new Branch(matches, clause, next));
                u.b.enter(clause);
            }
            Variable bound = null;
            if (h.name != null) {
                bound = u.names.store(h.name);
                u.emit(new StoreVar(exc, bound));
                u.b.protect(restoringHandler(previous, bound, outer));
            }
            u.unwind.push(new CodeUnit.Handler(previous, bound, outer));
            statements.lower(h.body);
            u.unwind.pop();
            if (!u.b.isTerminated()) {
                u.b.protect(outer);
                leaveHandler(previous, bound);
                u.emit(new Jump(end));
            }
            u.b.setHandler(restore);
            if (next == null) {
                break;  // a bare except is last
            }
            u.b.enter(next);
        }
        if (!u.b.isTerminated()) {
            // No clause matched: the exception goes on, and the previous one is handled again.
            u.b.protect(outer);
            u.emit(new ExitHandler(previous));
            u.emit(new Reraise(exc));
        }
        u.b.setHandler(outer);
        u.b.enter(end);
    }

    /**
     * The clauses of {@code except*} (PEP 654, as CPython 3.13's {@code compiler_try_star_except}):
     * each clause splits off what it matches from what earlier clauses left; a matching clause
     * runs with its part as the handled exception (and bound to its name); what a clause body
     * raises is collected rather than propagated. At the end the unmatched rest joins the
     * collected exceptions and {@code prep_reraise_star} decides what, if anything, to raise.
     * ({@code return}, {@code break} and {@code continue} cannot occur in these clauses.)
     */
    private void exceptStarClauses(List<ExceptHandlerNode> handlers, Temp exc, Temp previous,
                                   BasicBlock restore, BasicBlock outer, BasicBlock end) {
        Temp raised = u.emit(new BuildList(u.temp(), List.of())).result;
        Temp rest = u.copy(exc);
        for (ExceptHandlerNode node : handlers) {
            ExceptHandler h = (ExceptHandler) node;
            Operand type = expressions.lower(h.type);
            u.at(h);
            Temp match = u.temp();
            Temp left = u.temp();
            u.emit(new ExceptStarMatch(match, left, rest, type));
            u.emit(new Copy(rest, left));
            Temp none = u.emit(new dev.weft.ir.instr.Compare(u.temp(), match, Const.NONE, CmpOpKind.IS)).result;
            BasicBlock body = u.b.newBlock();
            BasicBlock next = u.b.newBlock();
            u.emit(new Branch(none, next, body));
            u.b.enter(body);
            u.emit(new EnterHandler(u.temp(), match));
            Variable bound = null;
            if (h.name != null) {
                bound = u.names.store(h.name);
                u.emit(new StoreVar(match, bound));
            }
            // An exception from the clause body is kept for the end, and matching goes on.
            BasicBlock failed = u.b.newBlock();
            u.b.protect(failed);
            statements.lower(h.body);
            u.b.protect(restore);
            if (!u.b.isTerminated()) {
                unbind(bound);
                u.emit(new Jump(next));
            }
            BasicBlock saved = u.b.current();
            u.b.enter(failed);
            Temp error = u.emit(new CaughtException(u.temp())).result;
            unbind(bound);
            u.emit(new ContainerOp(raised, error, ContainerOpKind.LIST_APPEND));
            u.emit(new Jump(next));
            u.b.enter(saved);
            u.b.enter(next);
        }
        u.emit(new ContainerOp(raised, rest, ContainerOpKind.LIST_APPEND));
        Temp result = u.emit(new PrepReraiseStar(u.temp(), exc, raised)).result;
        Temp nothing = u.emit(new dev.weft.ir.instr.Compare(u.temp(), result, Const.NONE, CmpOpKind.IS)).result;
        BasicBlock done = u.b.newBlock();
        BasicBlock reraise = u.b.newBlock();
        u.emit(new Branch(nothing, done, reraise));
        u.b.setHandler(outer);
        u.b.enter(done);
        u.b.protect(outer);
        u.emit(new ExitHandler(previous));
        u.emit(new Jump(end));
        u.b.enter(reraise);
        u.b.protect(outer);
        u.emit(new ExitHandler(previous));
        u.emit(new Reraise(result));
        u.b.enter(end);
    }

    /** {@code name = None; del name} at the end of a clause that bound one. */
    private void unbind(Variable bound) {
        if (bound != null) {
            u.emit(new StoreVar(Const.NONE, bound));
            u.emit(new DeleteVar(bound));
        }
    }

    /**
     * A handler for code that runs while an exception is handled: on a new exception, unbind the
     * {@code as} name (if any), restore the previously handled exception and let it propagate.
     */
    private BasicBlock restoringHandler(Temp previous, Variable bound, BasicBlock outer) {
        BasicBlock saved = u.b.current();
        BasicBlock oldHandler = u.b.setHandler(outer);
        BasicBlock h = u.b.newBlock();
        u.b.enter(h);
        Temp exc = u.emit(new CaughtException(u.temp())).result;
        leaveHandler(previous, bound);
        u.emit(new Reraise(exc));
        u.b.setHandler(oldHandler);
        u.b.enter(saved);
        return h;
    }

    /** The end of an except clause: {@code name = None; del name}, then restore the handled exception. */
    private void leaveHandler(Temp previous, Variable bound) {
        if (bound != null) {
            u.emit(new StoreVar(Const.NONE, bound));
            u.emit(new DeleteVar(bound));
        }
        u.emit(new ExitHandler(previous));
    }

    // ---- with --------------------------------------------------------------------------

    void with(List<WithItem> items, List<Stmt> body, boolean isAsync) {
        withItem(items, 0, body, isAsync);
    }

    private void withItem(List<WithItem> items, int index, List<Stmt> body, boolean isAsync) {
        WithItem item = items.get(index);
        BasicBlock outer = u.b.handler();
        int line = u.b.line();  // exits are reported at the `with` line, as CPython does
        Operand manager = expressions.lower(item.contextExpr);
        Temp exit = u.temp();
        Temp entered = u.temp();
        u.emit(new ContextEnter(exit, entered, manager, isAsync));
        Operand value = isAsync ? expressions.delegate(entered, true) : entered;
        BasicBlock onException = u.b.newBlock();
        BasicBlock end = u.b.newBlock();
        u.b.protect(onException);
        u.unwind.push(new CodeUnit.With(exit, isAsync, line, outer));
        if (item.optionalVars != null) {
            targets.store(item.optionalVars, value);
        }
        if (index + 1 < items.size()) {
            withItem(items, index + 1, body, isAsync);
        } else {
            statements.lower(body);
        }
        u.unwind.pop();
        u.b.protect(outer);
        u.b.setLine(line);
        if (!u.b.isTerminated()) {
            callExit(exit, Const.NONE, isAsync);
            u.emit(new Jump(end));
        }
        u.b.enter(onException);
        Temp exc = u.emit(new CaughtException(u.temp())).result;
        Temp previous = u.emit(new EnterHandler(u.temp(), exc)).result;
        u.b.protect(restoringHandler(previous, null, outer));
        Operand suppress = callExit(exit, exc, isAsync);
        BasicBlock suppressed = u.b.newBlock();
        BasicBlock reraise = u.b.newBlock();
        u.emit(new Branch(suppress, suppressed, reraise));
        u.b.setHandler(outer);
        u.b.enter(suppressed);
        u.b.protect(outer);
        u.emit(new ExitHandler(previous));
        u.emit(new Jump(end));
        u.b.enter(reraise);
        u.b.protect(outer);
        u.emit(new ExitHandler(previous));
        u.emit(new Reraise(exc));
        u.b.enter(end);
    }

    private Operand callExit(Temp exit, Operand exception, boolean isAsync) {
        Temp result = u.emit(new ContextExit(u.temp(), exit, exception)).result;
        return isAsync ? expressions.delegate(result, true) : result;
    }

    // ---- early exits -------------------------------------------------------------------

    /** {@code break} or {@code continue}: leave everything up to the innermost loop, then jump. */
    void unwindForLoopExit(boolean isBreak) {
        CodeUnit.Loop loop = null;
        List<CodeUnit.Unwind> crossed = new ArrayList<>();
        for (CodeUnit.Unwind w : u.unwind) {
            if (w instanceof CodeUnit.Loop) {
                loop = (CodeUnit.Loop) w;
                break;
            }
            crossed.add(w);
        }
        if (loop == null) {
            throw u.unsupported(isBreak ? "'break' outside loop" : "'continue' outside loop", null);
        }
        leave(crossed);
        if (isBreak && !loop.owned().isEmpty() && !u.b.isTerminated()) {
            BasicBlock saved = u.b.handler();
            u.b.protect(loop.outerHandler());
            closeOwned(loop.owned());
            u.b.setHandler(saved);
        }
        u.emit(new Jump(isBreak ? loop.breakTarget() : loop.continueTarget()));
    }

    /** Closes what a loop owns, its iterator first. */
    void closeOwned(List<dev.weft.ir.Operand> owned) {
        for (dev.weft.ir.Operand o : owned) {
            u.emit(new CloseOwned(o, null));
        }
    }

    /** {@code return}: leave every construct of the code object (closing the generators loops own). */
    void unwindAll() {
        List<CodeUnit.Unwind> crossed = new ArrayList<>();
        for (CodeUnit.Unwind w : u.unwind) {
            if (!(w instanceof CodeUnit.Loop loop) || !loop.owned().isEmpty()) {
                crossed.add(w);
            }
        }
        leave(crossed);
    }

    /** Emits the exit code of each construct, innermost first, each outside the constructs it leaves. */
    private void leave(List<CodeUnit.Unwind> crossed) {
        if (crossed.isEmpty()) {
            return;
        }
        Deque<CodeUnit.Unwind> saved = new ArrayDeque<>(u.unwind);
        BasicBlock savedHandler = u.b.handler();
        Iterator<CodeUnit.Unwind> it = crossed.iterator();
        while (it.hasNext() && !u.b.isTerminated()) {
            CodeUnit.Unwind w = it.next();
            // While its exit code runs, the construct is no longer on the stack.
            while (!u.unwind.isEmpty() && u.unwind.peek() != w) {
                u.unwind.pop();
            }
            u.unwind.pop();
            u.b.protect(w.outerHandler());
            if (w instanceof CodeUnit.Finally) {
                statements.lower(((CodeUnit.Finally) w).body());
            } else if (w instanceof CodeUnit.With) {
                CodeUnit.With with = (CodeUnit.With) w;
                int line = u.b.line();
                u.b.setLine(with.line());
                callExit(with.exit(), Const.NONE, with.isAsync());
                u.b.setLine(line);
            } else if (w instanceof CodeUnit.Loop loop) {
                closeOwned(loop.owned());
            } else if (w instanceof CodeUnit.Handler) {
                CodeUnit.Handler h = (CodeUnit.Handler) w;
                leaveHandler(h.previous(), h.boundName());
            }
        }
        u.unwind.clear();
        u.unwind.addAll(saved);
        u.b.setHandler(savedHandler);
    }
}

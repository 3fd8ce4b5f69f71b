package dev.weft.ir.lower;

import dev.weft.frontend.ast.Comprehension;
import dev.weft.frontend.ast.DictComp;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.GeneratorExp;
import dev.weft.frontend.ast.ListComp;
import dev.weft.frontend.ast.SetComp;
import dev.weft.frontend.symtable.Scope;
import dev.weft.ir.BasicBlock;
import dev.weft.ir.Const;
import dev.weft.ir.ContainerOpKind;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.Branch;
import dev.weft.ir.instr.BuildDict;
import dev.weft.ir.instr.BuildList;
import dev.weft.ir.instr.BuildSet;
import dev.weft.ir.instr.Call;
import dev.weft.ir.instr.CallMethod;
import dev.weft.ir.instr.CaughtException;
import dev.weft.ir.instr.CloseOwned;
import dev.weft.ir.instr.ContainerOp;
import dev.weft.ir.instr.ExceptionMatches;
import dev.weft.ir.instr.ForIter;
import dev.weft.ir.instr.FreshCell;
import dev.weft.ir.instr.GetIter;
import dev.weft.ir.instr.Jump;
import dev.weft.ir.instr.LoadBuiltin;
import dev.weft.ir.instr.LoadVar;
import dev.weft.ir.instr.MakeFunction;
import dev.weft.ir.instr.Reraise;
import dev.weft.ir.instr.Return;
import dev.weft.ir.instr.SetItem;
import dev.weft.ir.instr.Yield;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers comprehensions as CPython 3.13 does. List, set and dict comprehensions are inlined into
 * the enclosing code (PEP 709), with variables of their own and fresh cells for those a closure
 * captures; the ones the symbol table does not inline (in annotation scopes that see a class)
 * and generator expressions become a function called with the iterator of their first
 * {@code for}. An {@code async for} clause awaits {@code __anext__()} until StopAsyncIteration;
 * a generator expression with {@code async for} or {@code await} is an asynchronous generator.
 */
final class ComprehensionLowering {
    private final CodeUnit u;

    ComprehensionLowering(CodeUnit u) {
        this.u = u;
    }

    /** What one comprehension builds and from which parts. */
    private record Shape(List<Comprehension> generators, Expr element, Expr value, ContainerOpKind add) {}

    Operand lower(Expr e) {
        if (e instanceof GeneratorExp) {
            GeneratorExp g = (GeneratorExp) e;
            return asFunction(g, g.generators);
        }
        Shape shape = shape(e);
        if (!u.module.scopeOf(e).isInlinedComprehension()) {
            return asFunction(e, shape.generators());
        }
        // The first iterable is evaluated, and its iterator taken, in the enclosing scope first.
        Comprehension first = shape.generators().get(0);
        ExpressionLowering.Claimed firstIterable = claiming(first);
        u.at(e);
        Temp iterator = u.emit(new GetIter(u.temp(), firstIterable.value(), first.isAsync != 0)).result;
        Names outer = u.names;
        u.names = outer.inlinedComprehension(u.module.scopeOf(e));
        try {
            for (Variable cell : u.names.ownCells()) {
                u.emit(new FreshCell(cell));
            }
            Temp result = build(e, shape, iterator, firstIterable.wrapped());
            // As CPython restores them after an inlined comprehension: its variables keep
            // nothing alive (the last item) once it is done.
            for (Variable v : u.names.ownLocals()) {
                u.emit(new dev.weft.ir.instr.StoreVar(Const.NONE, v));
                u.emit(new dev.weft.ir.instr.DeleteVar(v));
            }
            return result;
        } finally {
            u.names = outer;
        }
    }

    private static Shape shape(Expr e) {
        if (e instanceof ListComp) {
            return new Shape(((ListComp) e).generators, ((ListComp) e).elt, null, ContainerOpKind.LIST_APPEND);
        }
        if (e instanceof SetComp) {
            return new Shape(((SetComp) e).generators, ((SetComp) e).elt, null, ContainerOpKind.SET_ADD);
        }
        DictComp d = (DictComp) e;
        return new Shape(d.generators, d.key, d.value, null);
    }

    /** The new container, filled by the loops over {@code firstIterator} and the inner iterables. */
    private Temp build(Expr e, Shape shape, Temp firstIterator, List<Operand> firstWrapped) {
        Temp result;
        if (shape.add() == ContainerOpKind.LIST_APPEND) {
            result = u.emit(new BuildList(u.temp(), List.of())).result;
        } else if (shape.add() == ContainerOpKind.SET_ADD) {
            result = u.emit(new BuildSet(u.temp(), List.of())).result;
        } else {
            result = u.emit(new BuildDict(u.temp(), List.of())).result;
        }
        loops(shape.generators(), 0, firstIterator, firstWrapped, () -> {
            Operand k = u.expressions.lower(shape.element());
            if (shape.add() == null) {
                Operand v = u.expressions.lower(shape.value());
                u.at(e);
                u.emit(new SetItem(result, k, v));
            } else {
                u.at(e);
                u.emit(new ContainerOp(result, k, shape.add()));
            }
        });
        return result;
    }

    /**
     * Emits the nested loops of {@code generators[index..]} around {@code innermost}, leaving
     * the builder after the outermost loop. {@code iterator} is the iterator of the first loop
     * (taken by the caller); inner loops evaluate their iterable and take its iterator here.
     */
    private void loops(List<Comprehension> generators, int index, Operand iterator, List<Operand> wrapped,
                       Runnable innermost) {
        Comprehension g = generators.get(index);
        boolean isAsync = g.isAsync != 0;
        // A loop over a claimable iterable owns its generator (as a for statement does): an
        // exception leaving the comprehension closes it. The first iterable is evaluated by
        // the enclosing code, claiming there; a generator expression's code object owns it
        // instead (it closes what its creation claimed when it finishes): wrapped is null.
        boolean owning = !isAsync && wrapped != null && ExpressionLowering.isClaimable(g.iter);
        List<Operand> owned = new ArrayList<>();
        if (iterator == null) {
            ExpressionLowering.Claimed source = owning ? claiming(g)
                    : new ExpressionLowering.Claimed(u.expressions.lower(g.iter), List.of());
            u.at(g.iter);
            iterator = u.emit(new GetIter(u.temp(), source.value(), isAsync)).result;
            wrapped = source.wrapped();
        }
        if (owning) {
            owned.add(iterator);
            owned.addAll(wrapped);
        }
        BasicBlock outer = u.b.handler();
        BasicBlock exit = u.b.newBlock();
        BasicBlock closer = owning ? u.b.newBlock() : null;
        if (owning) {
            u.b.setHandler(closer);
        }
        BasicBlock head = u.b.newBlock();
        u.emit(new Jump(head));
        u.b.enter(head);
        Operand item;
        if (isAsync) {
            // await __anext__(); StopAsyncIteration from it (and only from it) ends the loop.
            BasicBlock stop = u.b.newBlock();
            u.b.protect(stop);
            Temp awaitable = u.emit(new CallMethod(u.temp(), iterator, List.of(), "__anext__", List.of())).result;
            item = u.expressions.delegate(awaitable, true);
            u.b.protect(outer);
            BasicBlock saved = u.b.current();
            u.b.enter(stop);
            Temp exc = u.emit(new CaughtException(u.temp())).result;
            Temp type = u.emit(new LoadBuiltin(u.temp(), "StopAsyncIteration")).result;
            Temp matches = u.emit(new ExceptionMatches(u.temp(), exc, type)).result;
            BasicBlock reraise = u.b.newBlock();
            u.emit(new Branch(matches, exit, reraise));
            u.b.enter(reraise);
            u.emit(new Reraise(exc));
            u.b.enter(saved);
        } else {
            BasicBlock body = u.b.newBlock();
            Temp next = u.temp();
            u.emit(new ForIter(next, iterator, body, exit));
            u.b.enter(body);
            item = next;
        }
        u.targets.store(g.target, item);
        for (Expr cond : g.ifs) {
            BasicBlock pass = u.b.newBlock();
            u.expressions.branch(cond, pass, head);
            u.b.enter(pass);
        }
        if (index + 1 < generators.size()) {
            loops(generators, index + 1, null, List.of(), innermost);
        } else {
            innermost.run();
        }
        if (!u.b.isTerminated()) {
            u.emit(new Jump(head));
        }
        u.b.setHandler(outer);
        if (owning) {
            u.b.enter(closer);
            u.at(g.iter);
            Temp exc = u.emit(new CaughtException(u.temp())).result;
            u.exceptions.closeOwned(owned);
            u.emit(new Reraise(exc));
        }
        u.b.enter(exit);
        if (owning) {
            // Exhausted: a wrapper (zip) may leave generators it holds unfinished.
            for (Operand w : wrapped) {
                u.emit(new CloseOwned(w, null));
            }
        }
    }

    /** The first (or an inner) iterable of a comprehension, claimed when claimable. */
    private ExpressionLowering.Claimed claiming(Comprehension g) {
        return g.isAsync == 0 && ExpressionLowering.isClaimable(g.iter) ? u.expressions.lowerClaiming(g.iter)
                : new ExpressionLowering.Claimed(u.expressions.lower(g.iter), List.of());
    }

    /** A non-inlined list/set/dict comprehension's body: its first loop owns {@code .0} if it was claimed. */
    private Temp buildInCodeObject(Expr e, Shape shape, Temp dotZero) {
        return build(e, shape, dotZero, List.of());
    }

    /**
     * A comprehension as a code object of its own: a generator expression (a generator, or an
     * asynchronous generator), or a list/set/dict comprehension that is not inlined. It is called
     * with the iterator of its first iterable, which the enclosing code evaluates.
     */
    private Operand asFunction(Expr e, List<Comprehension> generators) {
        Comprehension first = generators.get(0);
        ExpressionLowering.Claimed firstIterable = claiming(first);
        u.at(e);
        Temp iterator = u.emit(new GetIter(u.temp(), firstIterable.value(), first.isAsync != 0)).result;
        Scope scope = u.module.scopeOf(e);
        String name = "<" + scope.name() + ">";
        String qualname = u.function.kind() == IrFunction.Kind.MODULE ? name
                : u.function.qualname() + (u.function.kind() == IrFunction.Kind.CLASS_BODY ? "." : ".<locals>.") + name;
        IrFunction code = new IrFunction(IrFunction.Kind.COMPREHENSION, name, qualname, e.lineno,
                new IrFunction.Signature(List.of(), List.of(".0"), null, List.of(), null));
        code.setGenerator(scope.isGenerator() || e instanceof GeneratorExp);
        code.setCoroutine(scope.isCoroutine());
        u.function.addChild(code);
        CodeUnit child = u.module.newUnit(u, code, scope, null);
        child.at(e);
        Temp dotZero = child.emit(new LoadVar(child.temp(), code.declare(".0", Variable.Storage.LOCAL))).result;
        if (e instanceof GeneratorExp) {
            GeneratorExp g = (GeneratorExp) e;
            child.comprehensions.loops(generators, 0, dotZero, null, () -> {
                Operand v = child.expressions.lower(g.elt);
                child.at(g);
                child.emit(new Yield(child.temp(), v, null));
            });
            child.emit(new Return(Const.NONE));
        } else {
            Temp result = child.comprehensions.buildInCodeObject(e, shape(e), dotZero);
            child.emit(new Return(result));
        }
        List<Variable> closure = new ArrayList<>();
        for (String free : Names.freeVariables(scope)) {
            closure.add(u.names.closureCell(free));
        }
        u.at(e);
        Temp fn = u.emit(new MakeFunction(u.temp(), Const.NONE, Const.NONE, Const.NONE, code, closure)).result;
        // A generator expression is a fresh generator: the loop or consumer it goes to owns it,
        // and it owns its first iterator (and what a wrapper there holds) once that is claimed.
        Call create = new Call(u.temp(), fn, List.of(iterator), List.of());
        List<Operand> claimed = new ArrayList<>();
        if (ExpressionLowering.isClaimable(first.iter)) {
            claimed.add(iterator);
            claimed.addAll(firstIterable.wrapped());
        }
        Temp result = u.emit(e instanceof GeneratorExp && !scope.isCoroutine() ? create.claimingGenerator(claimed)
                : create).result;
        if (scope.isCoroutine() && !(e instanceof GeneratorExp)) {
            // A non-inlined async list/set/dict comprehension is a coroutine: await its result.
            return u.expressions.delegate(result, true);
        }
        return result;
    }
}

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
import dev.weft.ir.instr.BuildDict;
import dev.weft.ir.instr.BuildList;
import dev.weft.ir.instr.BuildSet;
import dev.weft.ir.instr.Call;
import dev.weft.ir.instr.ContainerOp;
import dev.weft.ir.instr.ForIter;
import dev.weft.ir.instr.GetIter;
import dev.weft.ir.instr.Jump;
import dev.weft.ir.instr.LoadVar;
import dev.weft.ir.instr.MakeFunction;
import dev.weft.ir.instr.Return;
import dev.weft.ir.instr.SetItem;
import dev.weft.ir.instr.Yield;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers comprehensions. List, set and dict comprehensions are inlined into the enclosing code
 * (PEP 709, as CPython 3.13 does), with variables of their own; generator expressions become a
 * generator function called with the iterator of their first {@code for}.
 */
final class ComprehensionLowering {
    private final CodeUnit u;

    ComprehensionLowering(CodeUnit u) {
        this.u = u;
    }

    Operand lower(Expr e) {
        if (e instanceof GeneratorExp) {
            return generator((GeneratorExp) e);
        }
        List<Comprehension> generators;
        Temp result;
        Expr element;
        Expr value = null;
        ContainerOpKind add;
        if (e instanceof ListComp) {
            generators = ((ListComp) e).generators;
            element = ((ListComp) e).elt;
            add = ContainerOpKind.LIST_APPEND;
        } else if (e instanceof SetComp) {
            generators = ((SetComp) e).generators;
            element = ((SetComp) e).elt;
            add = ContainerOpKind.SET_ADD;
        } else {
            generators = ((DictComp) e).generators;
            element = ((DictComp) e).key;
            value = ((DictComp) e).value;
            add = null;
        }
        rejectAsync(generators, e);
        // The first iterable is evaluated in the enclosing scope, before anything else.
        Operand firstIterable = u.expressions.lower(generators.get(0).iter);
        u.at(e);
        if (add == ContainerOpKind.LIST_APPEND) {
            result = u.emit(new BuildList(u.temp(), List.of())).result;
        } else if (add == ContainerOpKind.SET_ADD) {
            result = u.emit(new BuildSet(u.temp(), List.of())).result;
        } else {
            result = u.emit(new BuildDict(u.temp(), List.of())).result;
        }
        Names outer = u.names;
        u.names = outer.inlinedComprehension(u.module.scopeOf(e));
        try {
            Expr elt = element;
            Expr val = value;
            loops(generators, 0, firstIterable, () -> {
                Operand k = u.expressions.lower(elt);
                if (add == null) {
                    Operand v = u.expressions.lower(val);
                    u.emit(new SetItem(result, k, v));
                } else {
                    u.emit(new ContainerOp(result, k, add));
                }
            });
        } finally {
            u.names = outer;
        }
        return result;
    }

    /**
     * Emits the nested loops of {@code generators[index..]} around {@code innermost}, leaving
     * the builder after the outermost loop.
     */
    private void loops(List<Comprehension> generators, int index, Operand iterable, Runnable innermost) {
        Comprehension g = generators.get(index);
        Operand source = iterable != null ? iterable : u.expressions.lower(g.iter);
        Temp iterator = u.emit(new GetIter(u.temp(), source, false)).result;
        BasicBlock head = u.b.newBlock();
        BasicBlock body = u.b.newBlock();
        BasicBlock exit = u.b.newBlock();
        u.emit(new Jump(head));
        u.b.enter(head);
        Temp item = u.temp();
        u.emit(new ForIter(item, iterator, body, exit));
        u.b.enter(body);
        u.targets.store(g.target, item);
        for (Expr cond : g.ifs) {
            BasicBlock pass = u.b.newBlock();
            u.expressions.branch(cond, pass, head);
            u.b.enter(pass);
        }
        if (index + 1 < generators.size()) {
            loops(generators, index + 1, null, innermost);
        } else {
            innermost.run();
        }
        if (!u.b.isTerminated()) {
            u.emit(new Jump(head));
        }
        u.b.enter(exit);
    }

    /** {@code (elt for x in it ...)}: a generator function over {@code iter(it)}. */
    private Operand generator(GeneratorExp g) {
        rejectAsync(g.generators, g);
        Operand firstIterable = u.expressions.lower(g.generators.get(0).iter);
        u.at(g);
        Temp iterator = u.emit(new GetIter(u.temp(), firstIterable, false)).result;
        Scope scope = u.module.scopeOf(g);
        String qualname = u.function.kind() == IrFunction.Kind.MODULE ? "<genexpr>"
                : u.function.qualname() + (u.function.kind() == IrFunction.Kind.CLASS_BODY ? "." : ".<locals>.") + "<genexpr>";
        IrFunction code = new IrFunction(IrFunction.Kind.COMPREHENSION, "<genexpr>", qualname, g.lineno,
                new IrFunction.Signature(List.of(), List.of(".0"), null, List.of(), null));
        code.setGenerator(true);
        u.function.addChild(code);
        CodeUnit child = u.module.newUnit(u, code, scope, null);
        child.at(g);
        Variable dotZero = code.declare(".0", Variable.Storage.LOCAL);
        Temp first = child.emit(new LoadVar(child.temp(), dotZero)).result;
        child.comprehensions.generatorBody(g, first);
        List<Variable> closure = new ArrayList<>();
        for (String free : scope.freeVariables()) {
            closure.add(u.names.closureCell(free));
        }
        Temp fn = u.emit(new MakeFunction(u.temp(), Const.NONE, Const.NONE, Const.NONE, code, closure)).result;
        return u.emit(new Call(u.temp(), fn, List.of(iterator), List.of())).result;
    }

    private void generatorBody(GeneratorExp g, Temp firstIterator) {
        loops(g.generators, 0, firstIterator, () -> {
            Operand v = u.expressions.lower(g.elt);
            u.emit(new Yield(u.temp(), v, null));
        });
        u.emit(new Return(Const.NONE));
    }

    private void rejectAsync(List<Comprehension> generators, Expr where) {
        for (Comprehension c : generators) {
            if (c.isAsync != 0) {
                throw u.unsupported("asynchronous comprehensions", where);
            }
        }
    }
}

package dev.weft.ir.lower;

import dev.weft.frontend.ast.Node;
import dev.weft.frontend.symtable.Scope;
import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.IrBuilder;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.Copy;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The state of lowering one code object: its IR function and builder, its name resolver, and
 * the stack of constructs that a {@code return}, {@code break} or {@code continue} must leave in
 * order (loops, {@code finally} bodies, {@code with} exits, active exception handlers).
 */
final class CodeUnit {
    final ModuleLowering module;
    final IrFunction function;
    final IrBuilder b;
    Names names;
    ExpressionLowering expressions;
    TargetLowering targets;
    StatementLowering statements;
    ExceptionLowering exceptions;
    DefinitionLowering definitions;
    ComprehensionLowering comprehensions;
    ImportLowering imports;
    MatchLowering matches;
    TypeParamLowering typeParams;
    final Deque<Unwind> unwind = new ArrayDeque<>();
    /** The parameter holding {@code self} for zero-argument {@code super()}, or null. */
    final String firstArgument;
    /** The code object this one is nested in, or null for module code. */
    final CodeUnit parent;
    /** For class bodies: the names methods assign as {@code self.name} (CPython 3.13's {@code __static_attributes__}). */
    final java.util.SortedSet<String> staticAttributes = new java.util.TreeSet<>();

    CodeUnit(ModuleLowering module, CodeUnit parent, IrFunction function, Scope scope, String firstArgument) {
        this.module = module;
        this.parent = parent;
        this.function = function;
        this.b = new IrBuilder(function);
        this.names = new Names(function, scope);
        this.firstArgument = firstArgument;
        // a nested code object starts within its parent's statement (a def, lambda or class on
        // that line): its first statement is the first on its line only if on another line
        this.statement = parent == null ? null : parent.statement;
        // Free variables first, in the symbol table's order: the order of the closure that
        // creates this code object (MakeFunction), including the implicit __classdict__ of an
        // annotation scope that reads it only through CLASS_FREE / CLASS_GLOBAL loads.
        for (String free : Names.freeVariables(scope)) {
            function.declare(free, Variable.Storage.FREE);
        }
    }

    /** The nearest enclosing class body (this one included), or null. */
    CodeUnit enclosingClass() {
        for (CodeUnit c = this; c != null; c = c.parent) {
            if (c.function.kind() == IrFunction.Kind.CLASS_BODY) {
                return c;
            }
        }
        return null;
    }

    Scope scope() {
        return names.scope();
    }

    /** The statement being lowered (the last one positions were taken from), or null. */
    private dev.weft.frontend.ast.Stmt statement;
    /** Whether {@link #statement} is the first statement on its line (none started on it before). */
    private boolean statementStartsLine;

    /** Sets the current line and source span from a node that carries positions. */
    void at(Node node) {
        if (node.hasLocation() && node.lineno > 0) {
            if (node instanceof dev.weft.frontend.ast.Stmt s && s != statement) {
                statementStartsLine = statement == null || statement.lineno != s.lineno;
                statement = s;
            }
            b.setPosition(Positions.of(node, statement, statementStartsLine));
        }
    }

    <T extends Instr> T emit(T instr) {
        return b.emit(instr);
    }

    Temp temp() {
        return b.temp();
    }

    /** Copies an operand into a fresh temporary (needed where two paths must agree on one). */
    Temp copy(Operand value) {
        return emit(new Copy(temp(), value)).result;
    }

    UnsupportedConstructError unsupported(String construct, Node where) {
        int line = where != null && where.hasLocation() ? where.lineno : b.line();
        return new UnsupportedConstructError(construct, module.filename(), line);
    }

    /** What leaving a construct early requires. */
    interface Unwind {
        /** The handler in effect outside the construct: exit code runs protected by it. */
        BasicBlock outerHandler();
    }

    /**
     * A loop: the targets of {@code break} and {@code continue}; for a {@code for} loop over a
     * claimable iterable, what it closes when {@code break} or {@code return} leave it
     * ({@code close_owned}: its iterator and the generators a wrapper builtin holds for it),
     * else empty.
     */
    record Loop(BasicBlock continueTarget, BasicBlock breakTarget, BasicBlock outerHandler,
                java.util.List<Operand> owned) implements Unwind {}

    /** A {@code try} with a {@code finally}: its body runs on every way out. */
    record Finally(java.util.List<dev.weft.frontend.ast.Stmt> body, BasicBlock outerHandler) implements Unwind {}

    /** A {@code with}: its exit method is called with None three times on an early way out. */
    record With(Temp exit, boolean isAsync, int line, BasicBlock outerHandler) implements Unwind {}

    /** An active exception handler: restore the previous handled exception, unbind {@code as} name. */
    record Handler(Temp previous, Variable boundName, BasicBlock outerHandler) implements Unwind {}
}

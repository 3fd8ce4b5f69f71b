package dev.weft.ir.lower;

import dev.weft.frontend.ast.Call;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.symtable.SymbolScope;
import dev.weft.ir.Operand;
import dev.weft.ir.instr.BindLocals;

import java.util.Set;

/**
 * Calls of builtins that read the caller's local variables ({@code locals()}, {@code vars()},
 * {@code dir()}, {@code exec}/{@code eval} without namespaces) inside a function: a function's
 * variables live in JVM locals, which the runtime cannot reach, so the call site hands the
 * builtin a snapshot of them ({@link BindLocals}). Other calls are untouched, so only functions
 * that name these builtins pay for it.
 */
final class CallerLocals {
    private CallerLocals() { }

    private static final Set<String> READERS = Set.of("locals", "vars", "dir", "exec", "eval");

    /**
     * Gives every local, cell and free variable of the scope a variable of the code object, so
     * the snapshot sees them all (a parameter the body never reads has no variable otherwise).
     */
    private static void declareAllVariables(CodeUnit u) {
        for (dev.weft.frontend.symtable.Symbol sym : u.scope().symbols()) {
            SymbolScope k = sym.scope();
            if (k == SymbolScope.LOCAL || k == SymbolScope.CELL || k == SymbolScope.FREE) {
                u.names.load(sym.name());
            }
        }
    }

    /** The callee to call: {@code callee} itself, or bound to the locals when {@code c} calls such a builtin. */
    static Operand bindIfNeeded(CodeUnit u, Call c, Operand callee) {
        if (!(c.func instanceof Name n) || !READERS.contains(n.id) || !u.scope().type().isFunctionLike()) {
            return callee;
        }
        SymbolScope s = u.scope().scopeOf(n.id);
        if (s != null && s != SymbolScope.GLOBAL_IMPLICIT) {
            return callee;   // a local, cell, free or declared-global variable of that name
        }
        if ((n.id.equals("vars") || n.id.equals("dir")) && !c.args.isEmpty()) {
            return callee;   // vars(obj) and dir(obj) do not read locals
        }
        declareAllVariables(u);
        u.at(c);
        return u.emit(new BindLocals(u.temp(), callee)).result;
    }
}

/**
 * Scopes of a module, exactly as CPython 3.13 decides them (Python/symtable.c), and the
 * compile-time {@code SyntaxError}s CPython raises after parsing.
 *
 * <p>Use:
 * <pre>{@code
 * SymbolTable table = SymbolTable.build(module, filename, sourceText); // symbol-table errors
 * CompileChecks.check(module, table, filename, sourceText);             // compiler errors
 * Scope f = table.scope(functionDef);
 * switch (f.scopeOf("x")) { case LOCAL: ... case CELL: ... case FREE: ... case GLOBAL_EXPLICIT: ...
 *                           case GLOBAL_IMPLICIT: ... }
 * }</pre>
 * Both throw {@link dev.weft.frontend.error.PythonSyntaxError} with CPython's message and
 * position; together they report the first error {@code compile(source, filename, "exec")} does.
 *
 * <p>Names are stored mangled ({@link Scope#mangle}); {@link Scope#scopeOf} mangles for you.
 * List, set and dict comprehensions are inlined into their enclosing scope (PEP 709;
 * {@link Scope#isInlinedComprehension}), generator expressions are not. Annotation scopes of
 * PEP 695/696 have their own types ({@link ScopeType#TYPE_PARAMETERS},
 * {@link ScopeType#TYPE_VARIABLE}, {@link ScopeType#TYPE_ALIAS}); those that see a class body
 * read it through the {@code __classdict__} cell ({@link Scope#needsClassDict}). Methods that use
 * {@code super()} or {@code __class__} make their class create the {@code __class__} cell
 * ({@link Scope#needsClassClosure}).
 *
 * <p>{@link SymbolTableFormatter} prints the stable text form that
 * {@code frontend/tools/symtable_dump.py} prints from CPython's own symbol table.
 */
package dev.weft.frontend.symtable;

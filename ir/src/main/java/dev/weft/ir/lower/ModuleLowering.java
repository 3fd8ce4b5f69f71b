package dev.weft.ir.lower;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.symtable.Scope;
import dev.weft.frontend.symtable.SymbolTable;
import dev.weft.ir.Const;
import dev.weft.ir.IrFunction;
import dev.weft.ir.IrModule;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.BuildDict;
import dev.weft.ir.instr.Return;
import dev.weft.ir.instr.StoreVar;
import dev.weft.ir.passes.CfgSimplification;

import java.util.List;

/**
 * Lowers a parsed module and its symbol table to IR: the module's code object and, nested in
 * it, one code object per function, lambda, class body and generator expression.
 */
public final class ModuleLowering {
    private final SymbolTable table;
    private final String filename;
    private final boolean futureAnnotations;

    private ModuleLowering(SymbolTable table, String filename, boolean futureAnnotations) {
        this.table = table;
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
    }

    /**
     * Lowers {@code module}; throws {@link UnsupportedConstructError} for constructs the
     * compiler does not handle yet.
     */
    public static IrModule lower(Module module, SymbolTable table, String moduleName, String filename) {
        return lowerModule(module, table, moduleName, filename, false, false);
    }

    /**
     * Lowers source given to {@code exec()} or {@code compile(..., 'exec'|'single')}: module
     * code whose names live in the namespace passed as {@code frame[0]} (the {@code locals}
     * mapping; CPython's LOAD_NAME/STORE_NAME). With {@code interactive} ('single' mode), the
     * value of each top-level expression statement goes to {@code sys.displayhook}.
     */
    public static IrModule lowerForExec(Module module, SymbolTable table, String moduleName, String filename,
                                        boolean interactive) {
        return lowerModule(module, table, moduleName, filename, true, interactive);
    }

    /** Lowers an expression given to {@code eval()}: module code returning its value, names in a namespace. */
    public static IrModule lowerExpression(dev.weft.frontend.ast.Expression expression, SymbolTable table,
                                           String moduleName, String filename) {
        ModuleLowering m = new ModuleLowering(table, filename, table.future().has("annotations"));
        IrFunction code = moduleCode(true);
        CodeUnit unit = m.newUnit(null, code, table.top(), null);
        unit.at(expression.body);
        unit.emit(new Return(unit.expressions.lower(expression.body)));
        CfgSimplification.run(code);
        return new IrModule(moduleName, filename, code);
    }

    private static IrFunction moduleCode(boolean namespaceInFrame) {
        IrFunction code = new IrFunction(IrFunction.Kind.MODULE, "<module>", "<module>", 1, IrFunction.Signature.NONE);
        code.setNamespaceInFrame(namespaceInFrame);
        return code;
    }

    private static IrModule lowerModule(Module module, SymbolTable table, String moduleName, String filename,
                                        boolean namespaceInFrame, boolean interactive) {
        ModuleLowering m = new ModuleLowering(table, filename, table.future().has("annotations"));
        IrFunction code = moduleCode(namespaceInFrame);
        Variable.Storage storage = namespaceInFrame ? Variable.Storage.NAME : Variable.Storage.GLOBAL;
        CodeUnit unit = m.newUnit(null, code, table.top(), null);
        List<Stmt> body = module.body;
        // CPython's compiler_body: __annotations__ is set up before the docstring is stored.
        if (Annotations.present(body)) {
            Temp dict = unit.emit(new BuildDict(unit.temp(), List.of())).result;
            unit.emit(new StoreVar(dict, code.declare("__annotations__", storage)));
        }
        String doc = interactive ? null : DefinitionLowering.docstring(body);
        if (doc != null) {
            code.setDocstring(doc);
            unit.at(body.get(0));
            unit.emit(new StoreVar(new Const(doc), code.declare("__doc__", storage)));
            body = body.subList(1, body.size());
        }
        if (interactive) {
            for (Stmt s : body) {
                if (s instanceof dev.weft.frontend.ast.ExprStmt e) {
                    unit.at(s);
                    displayValue(unit, unit.expressions.lower(e.value));
                } else {
                    unit.statements.lower(s);
                }
            }
        } else {
            unit.statements.lower(body);
        }
        if (!unit.b.isTerminated()) {
            unit.emit(new Return(Const.NONE));
        }
        CfgSimplification.run(code);
        return new IrModule(moduleName, filename, code);
    }

    /** {@code __import__('sys').displayhook(value)}: CPython's PRINT_EXPR in 'single' mode. */
    private static void displayValue(CodeUnit unit, dev.weft.ir.Operand value) {
        Temp importer = unit.emit(new dev.weft.ir.instr.LoadBuiltin(unit.temp(), "__import__")).result;
        Temp sys = unit.emit(new dev.weft.ir.instr.Call(unit.temp(), importer, List.of(new Const("sys")), null)).result;
        Temp hook = unit.emit(new dev.weft.ir.instr.GetAttr(unit.temp(), sys, "displayhook")).result;
        unit.emit(new dev.weft.ir.instr.Call(unit.temp(), hook, List.of(value), null));
    }

    String filename() {
        return filename;
    }

    boolean futureAnnotations() {
        return futureAnnotations;
    }

    /** The scope the symbol table opened for a definition, lambda or comprehension node. */
    Scope scopeOf(Node node) {
        Scope s = table.scope(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node.nodeName() + " at line " + node.lineno);
        }
        return s;
    }

    /** The hidden scope holding the type parameters of a generic function, class or alias. */
    Scope typeParametersScopeOf(Stmt genericDefinition) {
        Scope s = table.typeParametersScope(genericDefinition);
        if (s == null) {
            throw new IllegalStateException("no type-parameter scope at line " + genericDefinition.lineno);
        }
        return s;
    }

    /** The scope evaluating a type parameter's bound or constraints, or its default. */
    Scope typeVariableScopeOf(dev.weft.frontend.ast.TypeParam param, boolean isDefault) {
        Scope s = isDefault ? table.defaultScope(param) : table.boundScope(param);
        if (s == null) {
            throw new IllegalStateException("no type-variable scope at line " + param.lineno);
        }
        return s;
    }

    /** A code unit with its lowering helpers wired together. */
    CodeUnit newUnit(CodeUnit parent, IrFunction function, Scope scope, String firstArgument) {
        CodeUnit u = new CodeUnit(this, parent, function, scope, firstArgument);
        u.expressions = new ExpressionLowering(u);
        u.targets = new TargetLowering(u, u.expressions);
        u.statements = new StatementLowering(u, u.expressions, u.targets);
        u.exceptions = new ExceptionLowering(u, u.statements, u.expressions, u.targets);
        u.definitions = new DefinitionLowering(u, u.expressions);
        u.comprehensions = new ComprehensionLowering(u);
        u.imports = new ImportLowering(u);
        u.matches = new MatchLowering(u);
        u.typeParams = new TypeParamLowering(u);
        return u;
    }
}

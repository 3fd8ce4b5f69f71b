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
        ModuleLowering m = new ModuleLowering(table, filename, table.future().has("annotations"));
        IrFunction code = new IrFunction(IrFunction.Kind.MODULE, "<module>", "<module>", 1, IrFunction.Signature.NONE);
        CodeUnit unit = m.newUnit(null, code, table.top(), null);
        List<Stmt> body = module.body;
        // CPython's compiler_body: __annotations__ is set up before the docstring is stored.
        if (Annotations.present(body)) {
            Temp dict = unit.emit(new BuildDict(unit.temp(), List.of())).result;
            unit.emit(new StoreVar(dict, code.declare("__annotations__", Variable.Storage.GLOBAL)));
        }
        String doc = DefinitionLowering.docstring(body);
        if (doc != null) {
            code.setDocstring(doc);
            unit.at(body.get(0));
            unit.emit(new StoreVar(new Const(doc), code.declare("__doc__", Variable.Storage.GLOBAL)));
            body = body.subList(1, body.size());
        }
        unit.statements.lower(body);
        if (!unit.b.isTerminated()) {
            unit.emit(new Return(Const.NONE));
        }
        CfgSimplification.run(code);
        return new IrModule(moduleName, filename, code);
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

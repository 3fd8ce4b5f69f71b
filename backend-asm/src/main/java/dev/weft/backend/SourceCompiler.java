package dev.weft.backend;

import dev.weft.frontend.ast.Expression;
import dev.weft.frontend.ast.Mod;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.parser.PythonParsing;
import dev.weft.frontend.symtable.CompileChecks;
import dev.weft.frontend.symtable.SymbolTable;
import dev.weft.ir.IrModule;
import dev.weft.ir.lower.ModuleLowering;

import dev.weft.backend.facade.JavaFacadeEmitter;
import dev.weft.backend.facade.JavaFacadeScanner;
import dev.weft.backend.facade.JavaFacadeSpec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole compiler for one module: source bytes → tokens → AST → symbol table → IR → class.
 * Errors surface as {@code PythonSyntaxError}, {@code UnsupportedConstructError} or
 * {@link BackendLimitError}.
 */
public final class SourceCompiler {
    private SourceCompiler() { }

    /** The IR of a module (what {@code weft ir} prints). */
    public static IrModule lower(byte[] source, String filename, String moduleName) {
        return lower(PythonParsing.parse(source, filename), source, filename, moduleName);
    }

    private static IrModule lower(Module module, byte[] source, String filename, String moduleName) {
        String text = new String(source, StandardCharsets.UTF_8);
        SymbolTable table = SymbolTable.build(module, filename, text);
        CompileChecks.check(module, table, filename, text);
        return ModuleLowering.lower(module, table, moduleName, filename);
    }

    /**
     * Compiles source text given to {@code exec}/{@code eval}/{@code compile} at run time:
     * {@code mode} is "exec", "eval" or "single"; the class has {@code weft$exec} (see
     * {@link ModuleCompiler#compileForExec}). Syntax errors surface as {@code PythonSyntaxError}.
     */
    public static ModuleCompiler.ClassFile compileForExec(String source, String filename, String mode,
                                                          String moduleName) {
        Mod tree = mode.equals("eval") ? PythonParsing.parseExpression(source, filename)
                : PythonParsing.parse(source, filename);
        return compileTreeForExec(tree, source, filename, mode, moduleName);
    }

    /**
     * Compiles a tree for {@code exec}/{@code eval} as {@link #compileForExec} does: an
     * {@link Expression} in "eval" mode, a {@link Module} in "exec" and "single" modes.
     * {@code source} (may be null) serves only the text of error messages; given a tree that
     * did not come from the parser ({@code compile(ast_tree, ...)}) there is none.
     */
    public static ModuleCompiler.ClassFile compileTreeForExec(Mod tree, String source, String filename, String mode,
                                                              String moduleName) {
        IrModule ir;
        SymbolTable table = SymbolTable.build(tree, filename, source);
        CompileChecks.check(tree, table, filename, source);
        if (tree instanceof Expression e) {
            ir = ModuleLowering.lowerExpression(e, table, moduleName, filename);
        } else {
            ir = ModuleLowering.lowerForExec((Module) tree, table, moduleName, filename, mode.equals("single"));
        }
        return ModuleCompiler.compileForExec(ir);
    }

    /** Compiles module {@code moduleName} (a package's {@code __init__} if {@code isPackage}). */
    public static ModuleCompiler.ClassFile compile(byte[] source, String filename, String moduleName,
                                                   boolean isPackage) {
        return ModuleCompiler.compile(lower(source, filename, moduleName), isPackage);
    }

    /** A module's class and the Java classes its {@code @weft.java_class} declarations ask for. */
    public record Compiled(ModuleCompiler.ClassFile module, List<ModuleCompiler.ClassFile> javaClasses) { }

    /**
     * Compiles module {@code moduleName} (as {@link #compile(byte[], String, String, boolean, String)})
     * together with the Java classes of its classes marked {@code @weft.java_class}
     * ({@link JavaFacadeScanner}); a bad declaration raises {@link dev.weft.backend.facade.JavaFacadeError}.
     */
    public static Compiled compileWithJavaClasses(byte[] source, String filename, String moduleName,
                                                  boolean isPackage, String classPrefix) {
        Module module = PythonParsing.parse(source, filename);
        IrModule ir = lower(module, source, filename, moduleName);
        List<JavaFacadeSpec> specs = JavaFacadeScanner.scan(module, moduleName);
        ModuleCompiler.ClassFile cf = ModuleCompiler.compile(ir, isPackage, classPrefix);
        List<ModuleCompiler.ClassFile> javaClasses = new ArrayList<>();
        String shortName = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        for (JavaFacadeSpec spec : specs) {
            javaClasses.add(JavaFacadeEmitter.emit(spec, shortName));
        }
        return new Compiled(cf, List.copyOf(javaClasses));
    }

    /** Compiles module {@code moduleName} into a class under class-name prefix {@code classPrefix}. */
    public static ModuleCompiler.ClassFile compile(byte[] source, String filename, String moduleName,
                                                   boolean isPackage, String classPrefix) {
        return ModuleCompiler.compile(lower(source, filename, moduleName), isPackage, classPrefix);
    }
}

package dev.weft.runtimecompiler;

import dev.weft.backend.BackendLimitError;
import dev.weft.backend.ModuleCompiler;
import dev.weft.backend.SourceCompiler;
import dev.weft.frontend.ast.Interactive;
import dev.weft.frontend.ast.Mod;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.parser.PythonParsing;
import dev.weft.ir.lower.UnsupportedConstructError;
import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.compile.CodeCompiler;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ast.AstClasses;
import dev.weft.runtime.modules.ast.AstModule;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * The runtime's {@link CodeCompiler}: the whole Weft pipeline (frontend, IR, backend-asm) run
 * on source given to {@code exec}/{@code eval}/{@code compile}. Compiler errors become the
 * Python exceptions CPython raises: SyntaxError (and subclasses) with its position, and
 * NotImplementedError for constructs Weft does not compile yet.
 */
public final class BackendCodeCompiler implements CodeCompiler {
    private static final String CLASS_PREFIX = "py.";

    @Override
    public byte[] compile(String source, String filename, String mode, String binaryName) {
        if (!binaryName.startsWith(CLASS_PREFIX)) {
            throw new IllegalArgumentException("class names of compiled code start with py.: " + binaryName);
        }
        String moduleName = binaryName.substring(CLASS_PREFIX.length());
        try {
            ModuleCompiler.ClassFile cf = SourceCompiler.compileForExec(source, filename, mode, moduleName);
            return cf.bytes();
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (UnsupportedConstructError e) {
            throw Errors.notImplemented("%s is not supported by weft yet (%s, line %d)", e.construct, e.filename,
                    e.lineno);
        } catch (BackendLimitError e) {
            throw Errors.notImplemented("%s is not supported by weft yet (%s, line %d)", e.getMessage(), filename,
                    e.line());
        }
    }

    @Override
    public PyObject parse(String source, String filename, String mode, int flags, int featureVersion) {
        if ((flags & OPTIMIZED_AST_ONLY_BITS) != 0) {
            throw Errors.notImplemented("an optimized AST (ast.PyCF_OPTIMIZED_AST) is not supported by weft yet");
        }
        if ((flags & AstModule.PyCF_TYPE_COMMENTS) != 0 && TYPE_COMMENT.matcher(source).find()) {
            // the frontend drops comments: a tree without them would be a wrong answer
            throw Errors.notImplemented("type comments (ast.parse(type_comments=True)) are not supported by weft yet");
        }
        Mod tree;
        try {
            tree = switch (mode) {
                case "eval" -> PythonParsing.parseExpression(source, filename);
                case "single" -> new Interactive(PythonParsing.parse(source, filename).body);
                case "func_type" -> FuncTypeParsing.parse(source, filename);
                default -> PythonParsing.parse(source, filename);
            };
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        }
        return new AstToObjects().convert(tree);
    }

    @Override
    public byte[] compileTree(PyObject tree, String filename, String mode, String binaryName) {
        String kind = switch (mode) {
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            case "func_type" -> "FunctionType";
            default -> "Module";
        };
        String given = tree.type().name();
        if (!given.equals(kind) && !tree.type().isSubtypeOf(AstClasses.get().byName(kind).type())) {
            throw Errors.typeError("expected %s node, got %s", kind, given);
        }
        if (mode.equals("func_type")) {
            throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        Mod converted = (Mod) new ObjectsToAst().convert(tree, kind);
        if (converted instanceof Interactive i) {
            converted = new Module(i.body, new java.util.ArrayList<>());
        }
        String moduleName = binaryName.substring(CLASS_PREFIX.length());
        try {
            return SourceCompiler.compileTreeForExec(converted, null, filename, mode, moduleName).bytes();
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (UnsupportedConstructError e) {
            throw Errors.notImplemented("%s is not supported by weft yet (%s, line %d)", e.construct, e.filename,
                    e.lineno);
        } catch (BackendLimitError e) {
            throw Errors.notImplemented("%s is not supported by weft yet (%s, line %d)", e.getMessage(), filename,
                    e.line());
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException e) {
            // a tree the compiler's later stages cannot handle (CPython's validator would reject most)
            throw Errors.systemError("weft cannot compile this AST: %s", e);
        }
    }

    /** A comment CPython's parser keeps with PyCF_TYPE_COMMENTS: {@code # type: ...}. */
    private static final java.util.regex.Pattern TYPE_COMMENT = java.util.regex.Pattern.compile("#\\s*type:");

    /** PyCF_OPTIMIZED_AST without the PyCF_ONLY_AST bit it includes. */
    private static final int OPTIMIZED_AST_ONLY_BITS = AstModule.PyCF_OPTIMIZED_AST & ~AstModule.PyCF_ONLY_AST;

    /** The Python exception for a compiler syntax error: {@code SyntaxError(msg, (file, line, offset, text, endLine, endOffset))}. */
    static PyException syntaxError(PythonSyntaxError e) {
        PyObject t = BuiltinsModule.lookup(e.type);
        PyType type = t instanceof PyType pt ? pt : ExceptionTypes.SyntaxError;
        PyObject text = e.text == null ? PyNone.NONE : PyStr.of(e.text);
        PyTuple details = PyTuple.of(PyStr.of(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset), text,
                PyInt.of(e.endLineno), PyInt.of(e.endOffset));
        PyObject exc = type.call(new PyObject[] {PyStr.of(e.msg), details}, null);
        return new PyException((PyBaseException) exc);
    }
}

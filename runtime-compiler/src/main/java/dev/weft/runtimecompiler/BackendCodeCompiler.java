package dev.weft.runtimecompiler;

import dev.weft.backend.BackendLimitError;
import dev.weft.backend.ModuleCompiler;
import dev.weft.backend.SourceCompiler;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.lower.UnsupportedConstructError;
import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.compile.CodeCompiler;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
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

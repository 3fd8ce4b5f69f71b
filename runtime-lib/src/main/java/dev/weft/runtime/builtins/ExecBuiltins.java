package dev.weft.runtime.builtins;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyCode;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.compile.RuntimeCompilation;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.frame.ExecScopes;
import dev.weft.runtime.modules.ast.AstModule;
import dev.weft.runtime.modules.ast.AstNode;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.nio.charset.StandardCharsets;

/**
 * {@code exec}, {@code eval}, {@code compile}, {@code globals} and {@code locals}. Source text
 * is compiled by the compiler service ({@link RuntimeCompilation}); the caller's namespaces come
 * from the {@link CallerScope} the builtin was bound to when compiled code loaded it.
 */
final class ExecBuiltins {
    private ExecBuiltins() { }

    private static final PyStr BUILTINS_KEY = PyStr.intern("__builtins__");

    static void define(PyModule m) {
        m.put("exec", PyBuiltinFunction.readingCallerScope("exec", m, ExecBuiltins::exec));
        m.put("eval", PyBuiltinFunction.readingCallerScope("eval", m, ExecBuiltins::eval));
        m.put("compile", new PyBuiltinFunction("compile", m, ExecBuiltins::compile));
        m.put("globals", PyBuiltinFunction.readingCallerScope("globals", m, ExecBuiltins::globals));
        m.put("locals", PyBuiltinFunction.readingCallerScope("locals", m, ExecBuiltins::locals));
        m.put("vars", PyBuiltinFunction.readingCallerScope("vars", m, ExecBuiltins::vars));
        m.put("dir", PyBuiltinFunction.readingCallerScope("dir", m, ExecBuiltins::dir));
    }

    /** Whether builtin {@code b} needs the caller's namespaces (compiled code binds it on load). */
    static boolean needsCaller(PyObject b) {
        return b instanceof PyBuiltinFunction f && f.readsCallerScope() && !(f.self() instanceof CallerScope);
    }

    /** Builtin {@code b} bound to the caller's namespaces ({@code namespace} null when not known). */
    static PyObject bind(PyObject b, PyDict globals, PyObject namespace) {
        return bound(((PyBuiltinFunction) b).name(), new CallerScope(globals, namespace));
    }

    private static PyObject bound(String name, CallerScope scope) {
        return switch (name) {
            case "exec" -> new PyBuiltinFunction("exec", scope, ExecBuiltins::exec);
            case "eval" -> new PyBuiltinFunction("eval", scope, ExecBuiltins::eval);
            case "globals" -> new PyBuiltinFunction("globals", scope, ExecBuiltins::globals);
            case "vars" -> new PyBuiltinFunction("vars", scope, ExecBuiltins::vars);
            case "dir" -> new PyBuiltinFunction("dir", scope, ExecBuiltins::dir);
            default -> new PyBuiltinFunction("locals", scope, ExecBuiltins::locals);
        };
    }

    /** See {@link BuiltinsModule#withLocals}. */
    static PyObject withLocals(PyObject callee, PyDict locals) {
        if (callee instanceof PyBuiltinFunction f && f.self() instanceof CallerScope s && s.namespace == null) {
            return bound(f.name(), new CallerScope(s.globals, locals));
        }
        return callee;
    }

    private static CallerScope scope(PyObject self, String function) {
        return self instanceof CallerScope s ? s : CallerScope.ofCaller(function);
    }

    private static PyObject globals(PyObject self, PyObject[] args, String[] kw) {
        ArgParse.parse("globals", args, kw, new String[0], 0);
        return scope(self, "globals").globals;
    }

    private static PyObject locals(PyObject self, PyObject[] args, String[] kw) {
        ArgParse.parse("locals", args, kw, new String[0], 0);
        PyObject l = scope(self, "locals").localsOrNull();
        if (l == null) {
            throw Errors.notImplemented("locals() inside a function is not supported by weft yet "
                    + "(a function's variables live in JVM locals)");
        }
        return l;
    }

    private static PyObject vars(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("vars", args, kw, new String[] {"object"}, 0);
        if (a[0] != null) {
            return BuiltinFunctions.vars(self, a[0]);
        }
        PyObject l = scope(self, "vars").localsOrNull();
        if (l == null) {
            throw Errors.notImplemented("vars() without arguments is not supported here by weft yet");
        }
        return l;
    }

    private static PyObject dir(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("dir", args, kw, new String[] {"object"}, 0);
        if (a[0] != null) {
            return BuiltinFunctions.dir(self, a[0]);
        }
        PyObject l = scope(self, "dir").localsOrNull();
        if (l == null) {
            throw Errors.notImplemented("dir() without arguments is not supported here by weft yet");
        }
        PyObject names = new dev.weft.runtime.types.PyList(
                dev.weft.runtime.ops.Protocols.toArray(Ops.callMethod(l, "keys")));
        Ops.callMethod(names, "sort");
        return names;
    }

    private static PyObject exec(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("exec", args, kw, new String[] {"source", "globals", "locals", "closure"}, 1);
        PyObject closure = a[3];
        PyDict globals = globalsArg(self, "exec", a[1], a[2]);
        PyObject locals = localsArg(self, "exec", a[1], a[2], globals);
        PyCode code = a[0] instanceof PyCode c ? c : compileSource(a[0], "<string>", "exec", "exec", false);
        if (closure != null && closure != PyNone.NONE) {
            throw Errors.typeError("cannot use a closure with this code object");
        }
        return run(code, "exec", globals, locals);
    }

    private static PyObject eval(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("eval", args, kw, new String[] {"source", "globals", "locals"}, 1);
        PyDict globals = globalsArg(self, "eval", a[1], a[2]);
        PyObject locals = localsArg(self, "eval", a[1], a[2], globals);
        PyCode code = a[0] instanceof PyCode c ? c : compileSource(a[0], "<string>", "eval", "eval", true);
        return run(code, "eval", globals, locals);
    }

    private static PyObject run(PyCode code, String function, PyDict globals, PyObject locals) {
        if (!code.isExecutable()) {
            throw Errors.notImplemented("%s() of a function's code object is not supported by weft", function);
        }
        if (globals.getItemOrNull(BUILTINS_KEY) == null) {
            globals.setItem(BUILTINS_KEY, BuiltinsModule.module().instanceDict());
        }
        ExecScopes.enter(code.execClass(), globals, locals);
        PyObject value = code.runExec(globals, locals);
        return function.equals("exec") ? PyNone.NONE : value;
    }

    private static PyDict globalsArg(PyObject self, String function, PyObject globals, PyObject locals) {
        if (globals == null || globals == PyNone.NONE) {
            return scope(self, function).globals;
        }
        if (globals instanceof PyDict d) {
            return d;
        }
        if (function.equals("exec")) {
            throw Errors.typeError("exec() globals must be a dict, not %s", globals.type().name());
        }
        throw Errors.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                : "globals must be a dict");
    }

    private static PyObject localsArg(PyObject self, String function, PyObject globals, PyObject locals,
                                      PyDict globalsDict) {
        if (locals != null && locals != PyNone.NONE) {
            if (!isMapping(locals)) {
                throw Errors.typeError(function.equals("exec") ? "locals must be a mapping or None, not %s"
                        : "locals must be a mapping", locals.type().name());
            }
            return locals;
        }
        if (globals != null && globals != PyNone.NONE) {
            return globalsDict;
        }
        PyObject l = scope(self, function).localsOrNull();
        if (l == null) {
            throw Errors.notImplemented("%s() without explicit globals inside a function is not supported by weft yet "
                    + "(the function's variables live in JVM locals); pass globals() and a locals dict", function);
        }
        return l;
    }

    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().lookup("__getitem__") != null;
    }

    private static PyObject compile(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("compile", args, kw, new String[] {"source", "filename", "mode", "flags",
                "dont_inherit", "optimize", "_feature_version"}, 3);
        String filename = filenameOf(a[1]);
        String mode = a[2] instanceof PyStr s ? s.value() : null;
        if (mode == null) {
            throw Errors.typeError("compile() argument 'mode' must be str, not %s", a[2].type().name());
        }
        long flags = a[3] == null ? 0 : dev.weft.runtime.ops.Protocols.indexValue(a[3], "int");
        boolean onlyAst = (flags & AstModule.PyCF_ONLY_AST) != 0;
        if (mode.equals("func_type")) {
            if (!onlyAst) {
                throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            }
        } else if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (a[0] instanceof PyCode) {
            throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        if (a[0].type().isSubtypeOf(AstNode.TYPE)) {
            // an ast tree: returned as it is for PyCF_ONLY_AST, compiled otherwise
            return onlyAst ? a[0] : RuntimeCompilation.compileTree(a[0], filename, mode);
        }
        if (onlyAst) {
            int featureVersion = a[6] == null ? -1 : (int) dev.weft.runtime.ops.Protocols.indexValue(a[6], "int");
            return RuntimeCompilation.parse(sourceText(a[0], "compile"), filename, mode, (int) flags, featureVersion);
        }
        return compileSource(a[0], filename, mode, "compile", false);
    }

    private static String filenameOf(PyObject f) {
        if (f instanceof PyStr s) {
            return s.value();
        }
        if (f instanceof PyBytes b) {
            return new String(b.array(), StandardCharsets.UTF_8);
        }
        if (f.type().lookup("__fspath__") != null) {
            return filenameOf(Ops.callMethod(f, "__fspath__"));
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", f.type().name());
    }

    private static PyCode compileSource(PyObject source, String filename, String mode, String function,
                                        boolean stripIndent) {
        String text = sourceText(source, function);
        if (stripIndent) {
            // eval() ignores leading spaces and tabs (CPython strips them before compiling).
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            text = text.substring(i);
        }
        return RuntimeCompilation.compile(text, filename, mode, function);
    }

    /** The text of source given as str or bytes (anything else is the TypeError CPython raises). */
    private static String sourceText(PyObject source, String function) {
        String text;
        if (source instanceof PyStr s) {
            text = s.value();
        } else if (source instanceof PyBytes b) {
            text = new String(b.array(), StandardCharsets.UTF_8);
        } else {
            throw Errors.typeError("%s() arg 1 must be a string, bytes or %s object", function,
                    function.equals("compile") ? "AST" : "code");
        }
        if (text.indexOf('\0') >= 0) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.SyntaxError, "source code string cannot contain null bytes");
        }
        return text;
    }
}

package dev.weft.runtime.modules;

import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints an exception as CPython's default hooks do: the chain of causes and contexts, each
 * with {@code Traceback (most recent call last):} and its Python frames, then
 * {@code module.Type: message}. Source lines are shown when the .py file can be read; the
 * 3.13 carets under the failing expression are not (column positions are not recorded).
 */
public final class ExceptionPrinter {
    private ExceptionPrinter() { }

    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    private static final ConcurrentHashMap<String, List<String>> SOURCES = new ConcurrentHashMap<>();

    /** The text CPython's {@code traceback.print_exception(e)} would print. */
    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        formatChain(e, sb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    /** Prints {@link #format} to a Python file object (stderr when {@code file} is null). */
    public static void print(PyBaseException e, PyObject file) {
        write(file, format(e));
    }

    /** Writes text to a Python file object (stderr when null), then flushes it. */
    public static void write(PyObject file, String text) {
        PyObject f = file == null ? StdStreams.stderr() : file;
        Ops.callMethod(f, "write", PyStr.of(text));
        if (f.type().lookup("flush") != null) {
            Ops.callMethod(f, "flush");
        }
    }

    private static void formatChain(PyBaseException e, StringBuilder sb, Set<PyBaseException> seen) {
        seen.add(e);
        PyObject cause = e.cause();
        PyObject context = e.context();
        if (cause instanceof PyBaseException c && !seen.contains(c)) {
            formatChain(c, sb, seen);
            sb.append(CAUSE);
        } else if (cause == null && !e.suppressContext() && context instanceof PyBaseException c && !seen.contains(c)) {
            formatChain(c, sb, seen);
            sb.append(CONTEXT);
        }
        formatOne(e, sb);
    }

    private static void formatOne(PyBaseException e, StringBuilder sb) {
        PyObject tb = Traceback.of(e);
        if (tb instanceof Traceback) {
            sb.append("Traceback (most recent call last):\n");
            for (Traceback t = (Traceback) tb; t != null; t = t.next) {
                sb.append("  File \"").append(t.filename).append("\", line ").append(t.lineno)
                        .append(", in ").append(t.function).append('\n');
                String line = sourceLine(t.filename, t.lineno);
                if (line != null) {
                    sb.append("    ").append(line).append('\n');
                }
            }
        }
        sb.append(exceptionLine(e)).append('\n');
        PyObject notes = e.instanceDict() == null ? null : e.instanceDict().getItemOrNull(PyStr.intern("__notes__"));
        if (notes != null) {
            try {
                for (PyObject n : Protocols.toArray(notes)) {
                    sb.append(n instanceof PyStr s ? s.value() : safeStr(n)).append('\n');
                }
            } catch (RuntimeException ex) {
                sb.append("<__notes__ repr() failed>\n");
            }
        }
    }

    /** {@code module.Qualname: message} as {@code traceback.format_exception_only}. */
    public static String exceptionLine(PyBaseException e) {
        PyType t = e.type();
        String mod = ObjectMethods.moduleName(t);
        String name = t.qualname();
        if (mod != null && !mod.equals("builtins") && !mod.equals("__main__")) {
            name = mod + "." + name;
        }
        String msg;
        try {
            msg = Ops.strString(e);
        } catch (RuntimeException ex) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static String safeStr(PyObject o) {
        try {
            return Ops.strString(o);
        } catch (RuntimeException ex) {
            return "<str() failed>";
        }
    }

    private static String sourceLine(String file, int lineno) {
        List<String> lines = SOURCES.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ex) {
                return List.of();
            }
        });
        if (lineno < 1 || lineno > lines.size()) {
            return null;
        }
        String s = lines.get(lineno - 1).strip();
        return s.isEmpty() ? null : s;
    }
}

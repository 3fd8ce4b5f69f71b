package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats an exception as CPython's default excepthook prints it: chained exceptions first
 * (cause or context, with CPython's separator lines), then "Traceback (most recent call
 * last):", one "File ..., line N, in f" entry per Python frame with the stripped source line
 * when the file can be read, and the final "Type: message" line plus notes. Position carets
 * (3.11+) are not printed yet.
 */
public final class TracebackPrinter {
    private TracebackPrinter() { }

    static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void format(PyBaseException e, StringBuilder sb, Map<PyObject, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        PyObject cause = e.cause();
        PyObject context = e.context();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            format(c, sb, seen);
            sb.append(CAUSE);
        } else if (!e.suppressContext() && context instanceof PyBaseException c && !seen.containsKey(c)) {
            format(c, sb, seen);
            sb.append(CONTEXT);
        }
        PyObject tb = Traceback.of(e);
        if (tb instanceof Traceback t) {
            sb.append("Traceback (most recent call last):\n");
            for (Traceback f = t; f != null; f = f.next) {
                sb.append("  File \"").append(f.filename).append("\", line ").append(f.lineno).append(", in ")
                        .append(f.function).append('\n');
                String line = sourceLine(f.filename, f.lineno);
                if (line != null && !line.isBlank()) {
                    sb.append("    ").append(line.strip()).append('\n');
                }
            }
        }
        sb.append(lastLine(e)).append('\n');
        PyObject notes = e.instanceDict().getItemOrNull(PyStr.intern("__notes__"));
        if (notes != null) {
            for (PyObject n : Protocols.toArray(notes)) {
                sb.append(n instanceof PyStr s ? s.value() : safeRepr(n)).append('\n');
            }
        }
    }

    /** {@code Type: message}, or just the qualified type name when the message is empty. */
    public static String lastLine(PyBaseException e) {
        PyType t = e.type();
        String mod = t.isHeapType() ? moduleOf(t) : null;
        String name = mod == null || mod.equals("builtins") || mod.equals("__main__") ? t.qualname() : mod + "." + t.qualname();
        String msg;
        try {
            msg = Ops.strString(e);
        } catch (RuntimeException ex) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static String moduleOf(PyType t) {
        PyObject m = t.instanceDict().getItemOrNull(PyStr.intern("__module__"));
        return m instanceof PyStr s ? s.value() : null;
    }

    private static String safeRepr(PyObject o) {
        try {
            return Ops.reprString(o);
        } catch (RuntimeException ex) {
            return "<note repr() failed>";
        }
    }

    private static String sourceLine(String file, int lineno) {
        try {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }
}

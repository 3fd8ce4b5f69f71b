package dev.weft.runtime.exc;

import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats an exception as CPython's default excepthook prints it: chained exceptions first
 * (cause or context, with CPython's separator lines), then "Traceback (most recent call
 * last):", one "File ..., line N, in f" entry per Python frame (JVM frames whose file is a
 * .py, see {@link Traceback#pythonFrames}) with the stripped source line when the file can
 * be read (from disk, or for a relative name from a class-path resource), and the final "Type: message" line plus notes. Position carets (3.11+) are not
 * printed yet.
 */
public final class TracebackPrinter {
    private TracebackPrinter() { }

    static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /** Source files read for tracebacks, by path (a program's files do not change while it runs). */
    private static final Map<String, List<String>> SOURCES = new ConcurrentHashMap<>();

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, null, Collections.newSetFromMap(new IdentityHashMap<>()), sb);
        return sb.toString();
    }

    private static void format(PyBaseException e, List<StackTraceElement> outer, Set<PyBaseException> seen,
                               StringBuilder sb) {
        seen.add(e);
        List<StackTraceElement> frames = frames(e);
        PyObject cause = e.cause();
        PyObject context = e.context();
        if (cause instanceof PyBaseException c && !seen.contains(c)) {
            format(c, frames, seen, sb);
            sb.append(CAUSE);
        } else if (cause == null && context instanceof PyBaseException c && !e.suppressContext() && !seen.contains(c)) {
            format(c, frames, seen, sb);
            sb.append(CONTEXT);
        }
        if (outer != null && !frames.isEmpty()) {
            frames = frames.subList(handlerFrame(frames, outer), frames.size());
        }
        Traceback earlier = e.earlierFrames;
        if (!frames.isEmpty() || earlier != null) {
            sb.append("Traceback (most recent call last):\n");
            for (StackTraceElement f : frames) {
                entry(sb, f.getFileName(), f.getLineNumber(), Traceback.PythonNames.functionName(f.getMethodName()));
            }
            // the frames a re-raised exception had passed through before (Traceback#raiseAgain)
            for (Traceback t = earlier; t != null; t = t.next) {
                entry(sb, t.filename, t.lineno, t.function);
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

    private static void entry(StringBuilder sb, String file, int lineno, String function) {
        sb.append("  File \"").append(file).append("\", line ").append(lineno).append(", in ").append(function)
                .append('\n');
        String line = sourceLine(file, lineno);
        if (line != null && !line.isEmpty()) {
            sb.append("    ").append(line).append('\n');
        }
    }

    private static List<StackTraceElement> frames(PyBaseException e) {
        PyException carrier = e.lastThrown();
        return carrier == null ? List.of() : Traceback.pythonFrames(carrier);
    }

    /**
     * A chained exception was caught in the frame where the outer one's trace starts to
     * differ from its own: CPython's traceback of it starts there (the frames they share
     * above it are the outer exception's).
     */
    private static int handlerFrame(List<StackTraceElement> inner, List<StackTraceElement> outer) {
        int common = 0;
        while (common < inner.size() && common < outer.size() && inner.get(common).equals(outer.get(common))) {
            common++;
        }
        boolean handlerDiffersInLine = common < inner.size() && common < outer.size()
                && inner.get(common).getMethodName().equals(outer.get(common).getMethodName())
                && inner.get(common).getClassName().equals(outer.get(common).getClassName());
        int start = handlerDiffersInLine ? common : common - 1;
        return Math.max(0, Math.min(start, inner.size() - 1));
    }

    /** {@code Type: message}, the type qualified by its module unless builtins or __main__. */
    public static String lastLine(PyBaseException e) {
        PyType t = e.type();
        String mod = ObjectMethods.moduleName(t);
        String name = mod == null || mod.equals("builtins") || mod.equals("__main__") ? t.qualname()
                : mod + "." + t.qualname();
        String msg;
        try {
            msg = Ops.strString(e);
        } catch (RuntimeException ex) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static String safeRepr(PyObject o) {
        try {
            return Ops.reprString(o);
        } catch (RuntimeException ex) {
            return "<note repr() failed>";
        }
    }

    private static String sourceLine(String file, int line) {
        List<String> lines = SOURCES.computeIfAbsent(file, f -> {
            try {
                Path p = Path.of(f);
                if (Files.isRegularFile(p)) {
                    return Files.readAllLines(p, StandardCharsets.UTF_8);
                }
                return p.isAbsolute() ? List.of() : resourceLines(f);
            } catch (IOException | RuntimeException ex) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : null;
    }

    /**
     * The lines of a relative file name held as a class-path resource of the same name: the
     * weft-stdlib jar ships each library source as {@code weft-stdlib/PATH.py}, the file name
     * its class records.
     */
    private static List<String> resourceLines(String name) throws IOException {
        try (java.io.InputStream in = TracebackPrinter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}

package dev.weft.runtime.link;

import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.Traceback;

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
 * Formats an uncaught exception as CPython's default excepthook does: chained causes and
 * contexts first, each as {@code Traceback (most recent call last):}, one
 * {@code File "...", line N, in name} entry per Python frame with its source line, then
 * {@code Type: message}. Frames come from the JVM stack trace of the Java exception that
 * carried the Python exception (generated classes name their .py file and Python lines).
 * Not shown yet: the {@code ^^^^} column markers of CPython 3.13.
 */
public final class TracebackPrinter {
    private TracebackPrinter() { }

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
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (cause == null && context instanceof PyBaseException c && !e.suppressContext() && !seen.contains(c)) {
            format(c, frames, seen, sb);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (outer != null) {
            frames = frames.subList(handlerFrame(frames, outer), frames.size());
        }
        if (!frames.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (StackTraceElement f : frames) {
                sb.append("  File \"").append(f.getFileName()).append("\", line ").append(f.getLineNumber())
                        .append(", in ").append(Traceback.PythonNames.functionName(f.getMethodName())).append('\n');
                String line = sourceLine(f.getFileName(), f.getLineNumber());
                if (line != null && !line.isEmpty()) {
                    sb.append("    ").append(line).append('\n');
                }
            }
        }
        sb.append(exceptionLine(e)).append('\n');
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

    private static List<StackTraceElement> frames(PyBaseException e) {
        PyException carrier = e.lastThrown();
        return carrier == null ? List.of() : Traceback.pythonFrames(carrier);
    }

    /** {@code Type: message}, the type qualified by its module unless builtins or __main__. */
    public static String exceptionLine(PyBaseException e) {
        PyType t = e.type();
        String mod = ObjectMethods.moduleName(t);
        String name = mod == null || mod.equals("builtins") || mod.equals("__main__") ? t.qualname()
                : mod + "." + t.qualname();
        String msg;
        try {
            msg = e.strValue();
        } catch (RuntimeException ex) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static String sourceLine(String file, int line) {
        List<String> lines = SOURCES.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ex) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : null;
    }
}

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
 * be read (from disk, or for a relative name from a class-path resource), and the final
 * "Type: message" line plus notes; exception groups with their sub-exceptions in CPython's
 * boxes. Under each source line, 3.13's position markers ({@link SourceMarkers}) from the
 * source span of the frame's code ({@link dev.weft.runtime.frame.SourcePositions}).
 */
public final class TracebackPrinter {
    private TracebackPrinter() { }

    static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /** Source files read for tracebacks, by path (a program's files do not change while it runs). */
    private static final Map<String, List<String>> SOURCES = new ConcurrentHashMap<>();

    public static String format(PyBaseException e) {
        Printer p = new Printer();
        p.format(e, null);
        return p.sb.toString();
    }

    /** CPython's limits on how much of a group is shown (traceback.TracebackException's defaults). */
    static final int MAX_GROUP_WIDTH = 15;
    static final int MAX_GROUP_DEPTH = 10;

    /**
     * One traceback being written: exception groups are drawn as traceback.py draws them, each
     * sub-exception in a box of {@code | } margins indented two columns per level
     * (CPython's {@code _ExceptionPrintContext}).
     */
    private static final class Printer {
        final StringBuilder sb = new StringBuilder();
        final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int groupDepth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        /** Writes {@code text}, each line prefixed by the indent and, inside a group, the margin. */
        void emit(String text, char margin) {
            String prefix = indent() + (groupDepth > 0 ? margin + " " : "");
            int from = 0;
            while (from < text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, from, to);
                from = to;
            }
        }

        void emit(String text) {
            emit(text, '|');
        }

        void format(PyBaseException e, List<StackTraceElement> outer) {
            format(e, outer, false);
        }

        /**
         * {@code outer}: the frames of the exception {@code e} is chained from or a member of;
         * {@code e}'s traceback starts where the two part. A group re-raised by except* has
         * no entry for the frame that re-raised it, so a member raised below that frame starts
         * right after the group's frames.
         */
        void format(PyBaseException e, List<StackTraceElement> outer, boolean groupMember) {
            seen.add(e);
            List<StackTraceElement> frames = frames(e);
            PyObject cause = e.cause();
            PyObject context = e.context();
            if (cause instanceof PyBaseException c && !seen.contains(c)) {
                format(c, frames);
                emit(CAUSE);
            } else if (cause == null && context instanceof PyBaseException c && !e.suppressContext()
                    && !seen.contains(c)) {
                format(c, frames);
                emit(CONTEXT);
            }
            if (outer != null && !frames.isEmpty()) {
                int start = groupMember && startsWith(frames, outer) ? outer.size() : handlerFrame(frames, outer);
                frames = frames.subList(start, frames.size());
            }
            Traceback earlier = e.earlierFrames;
            if (!(e instanceof PyBaseExceptionGroup g) || g.exceptions() == null) {
                if (!frames.isEmpty() || earlier != null) {
                    emit("Traceback (most recent call last):\n");
                    emit(stack(frames, earlier, e));
                }
                emit(exceptionOnly(e));
            } else if (groupDepth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            } else {
                formatGroup(g, frames, earlier);
            }
        }

        private void formatGroup(PyBaseExceptionGroup g, List<StackTraceElement> frames, Traceback earlier) {
            boolean topLevel = groupDepth == 0;
            if (topLevel) {
                groupDepth++;
            }
            if (!frames.isEmpty() || earlier != null) {
                emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                emit(stack(frames, earlier, g));
            }
            emit(exceptionOnly(g));
            PyObject[] excs = g.exceptions().toArray();
            int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) {
                    needClose = true; // a nested group's closing line may close this one too
                }
                boolean truncated = i >= MAX_GROUP_WIDTH;
                String title = truncated ? "..." : String.valueOf(i + 1);
                sb.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                        .append(" ----------------\n");
                groupDepth++;
                if (!truncated) {
                    if (excs[i] instanceof PyBaseException sub) {
                        format(sub, frames(g), true);
                    }
                } else {
                    int remaining = excs.length - MAX_GROUP_WIDTH;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    sb.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                groupDepth--;
            }
            if (topLevel) {
                groupDepth = 0;
            }
        }
    }

    /** The entries of a traceback: the frames, then those a re-raised exception had passed through before. */
    private static String stack(List<StackTraceElement> frames, Traceback earlier, PyBaseException exc) {
        Entries out = new Entries();
        for (int i = 0; i < frames.size(); i++) {
            StackTraceElement f = frames.get(i);
            dev.weft.runtime.frame.PythonStack.Entry e = dev.weft.runtime.frame.PythonStack.Entry.of(f);
            dev.weft.runtime.frame.SourcePositions.Span span = e.span();
            if (i == frames.size() - 1 && earlier == null) {
                span = raisingSpan(span, e.fileName(), exc);
            }
            out.add(e.fileName(), e.line(), Traceback.PythonNames.functionName(f.getMethodName()), span);
        }
        // the frames a re-raised exception had passed through before (Traceback#raiseAgain)
        for (Traceback t = earlier; t != null; t = t.next) {
            out.add(t.filename, t.lineno, t.function, t.span());
        }
        return out.finish();
    }

    /**
     * Traceback entries as CPython prints them: of a run of identical entries (same file, line
     * and function: a recursion) the first three, then {@code [Previous line repeated N more times]}.
     */
    private static final class Entries {
        private static final int RECURSIVE_CUTOFF = 3;
        private final StringBuilder sb = new StringBuilder();
        private String lastFile;
        private int lastLine = -1;
        private String lastFunction;
        private int count;

        void add(String file, int lineno, String function, dev.weft.runtime.frame.SourcePositions.Span span) {
            if (lineno != lastLine || !java.util.Objects.equals(file, lastFile)
                    || !java.util.Objects.equals(function, lastFunction)) {
                summariseRepeats();
                lastFile = file;
                lastLine = lineno;
                lastFunction = function;
            }
            if (++count <= RECURSIVE_CUTOFF) {
                entry(sb, file, lineno, function, span);
            }
        }

        private void summariseRepeats() {
            if (count > RECURSIVE_CUTOFF) {
                int more = count - RECURSIVE_CUTOFF;
                sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                        .append("]\n");
            }
            count = 0;
        }

        String finish() {
            summariseRepeats();
            return sb.toString();
        }
    }

    /**
     * The span to mark in the frame the exception was raised in: a method call's instruction
     * also looks the method up, and CPython blames an AttributeError of that lookup on the
     * attribute ({@code obj.name}), not the call.
     */
    static dev.weft.runtime.frame.SourcePositions.Span raisingSpan(
            dev.weft.runtime.frame.SourcePositions.Span span, String file, PyBaseException exc) {
        if (span != null && span.methodCall() && exc instanceof PyAttributeError a && a.name() instanceof PyStr name
                && SourceMarkers.calleeEndsWith(sourceLines(file), span, name.value())) {
            return span.callee();
        }
        return span;
    }

    /** The last line and the notes. */
    private static String exceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        sb.append(lastLine(e)).append(SuggestionHint.of(e)).append('\n');
        PyObject notes = e.instanceDict().getItemOrNull(PyStr.intern("__notes__"));
        if (notes != null) {
            for (PyObject n : Protocols.toArray(notes)) {
                sb.append(n instanceof PyStr s ? s.value() : safeRepr(n)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The source lines, with CPython 3.13's position markers, that a traceback shows under the
     * {@code File} line of {@code tb}'s entry (each indented by four spaces and ending in a
     * newline); null when the entry has no columns to mark. traceback.py (3.12's, which Weft
     * compiles) asks for this so that {@code print_exc} and friends draw 3.13's markers too.
     */
    public static String markedSource(Traceback tb) {
        dev.weft.runtime.frame.SourcePositions.Span span = tb.span();
        if (span == null || span.line() != tb.lineno) {
            return null;
        }
        return SourceMarkers.format(sourceLines(tb.filename), span);
    }

    private static void entry(StringBuilder sb, String file, int lineno, String function,
                              dev.weft.runtime.frame.SourcePositions.Span span) {
        sb.append("  File \"").append(file).append("\", line ").append(lineno).append(", in ").append(function)
                .append('\n');
        if (span != null && span.line() == lineno) {
            String marked = SourceMarkers.format(sourceLines(file), span);
            if (marked != null) {
                sb.append(marked);
                return;
            }
        }
        String line = sourceLine(file, lineno);
        if (line != null && !line.isEmpty()) {
            sb.append("    ").append(line).append('\n');
        }
    }

    private static List<StackTraceElement> frames(PyBaseException e) {
        PyException carrier = e.lastThrown();
        return carrier == null ? List.of() : Traceback.pythonFrames(carrier);
    }

    private static boolean startsWith(List<StackTraceElement> frames, List<StackTraceElement> prefix) {
        return !prefix.isEmpty() && prefix.size() < frames.size() && frames.subList(0, prefix.size()).equals(prefix);
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
        List<String> lines = sourceLines(file);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : null;
    }

    /** The lines of a source file (empty when it cannot be read). */
    static List<String> sourceLines(String file) {
        return SOURCES.computeIfAbsent(file, f -> {
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
    }

    /**
     * The lines of a relative file name held as a class-path resource of the same name: the
     * weft-stdlib jar ships each library source as {@code weft-stdlib/PATH.py}, the file name
     * its class records.
     */
    private static List<String> resourceLines(String name) throws IOException {
        String text = resourceText(name);
        return text == null ? List.of() : text.lines().toList();
    }

    /** The text of a source shipped as a class-path resource ({@code weft-stdlib/PATH.py}), or null. */
    public static String resourceText(String name) throws IOException {
        try (java.io.InputStream in = TracebackPrinter.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

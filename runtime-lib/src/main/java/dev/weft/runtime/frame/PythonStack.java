package dev.weft.runtime.frame;

import dev.weft.runtime.compile.RuntimeCompilation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Python frames of the current thread, read from the JVM stack with {@link StackWalker}
 * when asked (nothing is recorded while code runs): a frame of generated code is a method of
 * a class named {@code py.*} with a Python line number (see backend-asm/LINKAGE.md). A
 * function split into parts shows as its driver and the running part; only the part is kept.
 */
public final class PythonStack {
    private PythonStack() { }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /**
     * One Python frame: the generated class (null when known by name only and not loaded by
     * generated code's constants), its name, the JVM method name, file and current line;
     * {@code reportedLine} is the line number the JVM reports, which also identifies the source
     * span of the running code ({@link SourcePositions}).
     */
    public record Entry(Class<?> declaringClass, String className, String methodName, String fileName, int line,
                        int reportedLine) {
        /** Whether this is module-level code (the backend names it {@code $module$N}). */
        public boolean isModuleBody() {
            return methodName.startsWith("$module$");
        }

        /** The source span of the running code, or null if not known. */
        public SourcePositions.Span span() {
            return SourcePositions.span(declaringClass, reportedLine);
        }

        /** The frame of a Java stack trace element of generated code. */
        public static Entry of(StackTraceElement e) {
            Class<?> c = CodeIndex.classNamed(e.getClassName());
            return new Entry(c, e.getClassName(), e.getMethodName(), e.getFileName(),
                    SourcePositions.realLine(c, e.getLineNumber()), e.getLineNumber());
        }
    }

    /** Whether a JVM frame (class and line) belongs to generated Python code. */
    public static boolean isPythonFrame(String className, String fileName, int line) {
        return line > 0 && (className.startsWith("py.") || fileName != null && fileName.endsWith(".py"));
    }

    /** The Python frames of this thread, innermost first, skipping the first {@code skip}. */
    public static List<Entry> frames(int skip, int limit) {
        return WALKER.walk(s -> collect(s, skip, limit));
    }

    /** The innermost Python frame (the caller of the builtin asking), or null. */
    public static Entry caller() {
        List<Entry> l = frames(0, 1);
        return l.isEmpty() ? null : l.get(0);
    }

    private static List<Entry> collect(Stream<StackWalker.StackFrame> s, int skip, int limit) {
        List<Entry> out = new ArrayList<>();
        String partOf = null;
        Class<?> partClass = null;
        int toSkip = skip;
        for (StackWalker.StackFrame f : (Iterable<StackWalker.StackFrame>) s::iterator) {
            Class<?> c = f.getDeclaringClass();
            if (!isPythonFrame(c.getName(), f.getFileName(), f.getLineNumber())) {
                continue;
            }
            String m = f.getMethodName();
            if (partOf != null && c == partClass && m.equals(partOf)) {
                partOf = null;
                continue;   // the driver of the part just seen
            }
            partOf = driverOf(m);
            partClass = c;
            if (toSkip > 0) {
                toSkip--;
                continue;
            }
            int reported = f.getLineNumber();
            out.add(new Entry(c, c.getName(), m, f.getFileName(), SourcePositions.realLine(c, reported), reported));
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** {@code name$N$pK} (a part of a split function) → {@code name$N}; otherwise null. */
    private static String driverOf(String method) {
        int p = method.lastIndexOf("$p");
        if (p <= 0 || p + 2 >= method.length()) {
            return null;
        }
        for (int i = p + 2; i < method.length(); i++) {
            if (!Character.isDigit(method.charAt(i))) {
                return null;
            }
        }
        return method.substring(0, p);
    }

    /** Whether the class holds code compiled at run time by exec/eval/compile. */
    static boolean isExecClass(String className) {
        return RuntimeCompilation.isExecClass(className);
    }

    /** For tests and diagnostics: the frames as "method@line". */
    static String describe(List<Entry> frames) {
        return frames.stream().map(e -> e.methodName() + "@" + e.line()).collect(Collectors.joining(", "));
    }
}

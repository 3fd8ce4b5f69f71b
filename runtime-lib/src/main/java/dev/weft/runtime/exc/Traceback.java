package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.frame.PyFrame;
import dev.weft.runtime.frame.PythonStack;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayList;
import java.util.List;

/**
 * A traceback entry (a linked list, innermost last, as CPython's). Built lazily from the JVM
 * stack trace of the Java exception that carried the Python exception: frames of generated
 * code are those whose file name ends in ".py"; the method name is the Python function name
 * (the backend names methods after the function, see ABI.md).
 */
public final class Traceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback", Traceback.class, PyType.OBJECT, Traceback::define,
            PyType.IMMUTABLE);

    public final String filename;
    public final int lineno;
    public final String function;
    /** {@code tb_next}: settable, as in CPython (libraries trim tracebacks). */
    public volatile Traceback next;
    /** {@code tb_frame}: a snapshot of the frame at the time the traceback was made. */
    public final PyFrame frame;

    /**
     * The source span of the frame's code when the traceback was made, or null; narrowed once
     * for the entry an exception was raised in ({@link TracebackPrinter#raisingSpan}).
     */
    private dev.weft.runtime.frame.SourcePositions.Span span;
    /** {@code tb_lasti}: twice the index of the span in the code's {@code co_positions()}, or -1. */
    private final int lasti;

    public Traceback(PyFrame frame, Traceback next) {
        PythonStack.Entry e = frame.entry();
        this.span = e.span();
        int index = dev.weft.runtime.frame.SourcePositions.indexOf(e.declaringClass(), e.reportedLine());
        this.lasti = index < 0 ? -1 : 2 * index;
        this.filename = e.fileName();
        this.lineno = e.line();
        this.function = frame.functionName();
        this.frame = frame;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The source span of this entry's code (for position markers), or null. */
    public dev.weft.runtime.frame.SourcePositions.Span span() {
        return span;
    }

    /** The Python frames of a Java stack trace, outermost first. */
    public static List<StackTraceElement> pythonFrames(Throwable t) {
        List<StackTraceElement> out = new ArrayList<>();
        StackTraceElement[] st = t.getStackTrace();
        for (int i = st.length - 1; i >= 0; i--) {
            if (dev.weft.runtime.frame.PythonStack.isPythonFrame(st[i].getClassName(), st[i].getFileName(),
                    st[i].getLineNumber())) {
                out.add(st[i]);
            }
        }
        return out;
    }

    /**
     * {@code exc.__traceback__}: the explicitly set one, else one built (once) from the carrying
     * Java exception.
     */
    public static PyObject of(PyBaseException e) {
        PyObject tb = e.traceback();
        if (tb != null) {
            return tb;
        }
        PyException carrier = e.lastThrown();
        if (carrier == null) {
            return PyNone.NONE;
        }
        List<StackTraceElement> frames = pythonFrames(carrier);
        // As CPython's, a traceback starts at the frame that caught the exception
        int shared = catcherIndex(frames, e.catcher);
        if (shared < 0) {
            // not caught (yet): the frames still active where it is first looked at (a
            // function it propagates through, a finally block) are outside it, up to the
            // first one that has moved on
            List<StackTraceElement> active = pythonFrames(new Throwable());
            shared = 0;
            while (shared < frames.size() && shared < active.size()
                    && frames.get(shared).equals(active.get(shared))) {
                shared++;
            }
        }
        Traceback next = e.earlierFrames;
        if (frames.size() == shared && next == null) {
            return PyNone.NONE;
        }
        // the frames of the whole stack, innermost first, so that tb_frame.f_back reaches the callers
        List<PythonStack.Entry> entries = new ArrayList<>(frames.size());
        for (int i = frames.size() - 1; i >= 0; i--) {
            entries.add(PythonStack.Entry.of(frames.get(i)));
        }
        PyFrame[] pyFrames = PyFrame.chain(entries);
        for (int i = frames.size() - 1; i >= shared; i--) {
            next = new Traceback(pyFrames[frames.size() - 1 - i], next);
            if (i == frames.size() - 1 && e.earlierFrames == null) {
                next.span = TracebackPrinter.raisingSpan(next.span, next.filename, e);
            }
        }
        e.setTraceback(next);
        e.tracebackBuilt = true;
        return next;
    }

    /**
     * The position (outermost first) of the innermost frame that runs the catching method, or
     * -1 when the exception has not been caught or the catcher is not among its frames.
     */
    private static int catcherIndex(List<StackTraceElement> frames, String[] catcher) {
        if (catcher == null) {
            return -1;
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            StackTraceElement f = frames.get(i);
            if (f.getMethodName().equals(catcher[1]) && f.getClassName().equals(catcher[0])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Records that the handler of a generated method (class and JVM method name) caught
     * {@code e}: its traceback starts there. A traceback already built from the frames is
     * rebuilt (a re-raised exception caught further out grows, as in CPython).
     */
    public static void caughtBy(PyBaseException e, String catcherClass, String catcherMethod) {
        String[] old = e.catcher;
        if (old != null && old[1].equals(catcherMethod) && old[0].equals(catcherClass)) {
            return;
        }
        e.catcher = new String[] {catcherClass, catcherMethod};
        if (e.tracebackBuilt) {
            e.setTraceback(null);
        }
    }

    /**
     * Raises {@code e} again ({@code raise e} of a caught exception, {@code Future.result()}):
     * as in CPython, the new traceback is the frames from here outward followed by the frames
     * the exception had already passed through (its earlier traceback).
     */
    public static PyException raiseAgain(PyBaseException e) {
        PyObject earlierTb = e.lastThrown() == null && e.traceback() == null ? null : of(e);
        e.setTraceback(PyNone.NONE);
        e.earlierFrames = null;
        PyException carrier = new PyException(e);
        if (earlierTb instanceof Traceback earlier) {
            e.earlierFrames = earlier;
        }
        return carrier;
    }

    static void define(PyType t) {
        t.defGetSet("tb_lineno", self -> PyInt.of(((Traceback) self).lineno), null);
        t.defGetSet("tb_next", self -> {
            Traceback n = ((Traceback) self).next;
            return n == null ? PyNone.NONE : n;
        }, (self, value) -> {
            if (value != PyNone.NONE && !(value instanceof Traceback)) {
                throw Errors.typeError("expected traceback object or None, got '%s'", value.type().name());
            }
            for (PyObject o = value; o instanceof Traceback tb; o = tb.next) {
                if (tb == self) {
                    throw Errors.valueError("traceback loop detected");
                }
            }
            ((Traceback) self).next = value == PyNone.NONE ? null : (Traceback) value;
            return PyNone.NONE;
        });
        t.defGetSet("tb_frame", self -> ((Traceback) self).frame, null);
        // no bytecode: the index of the entry's source span in its code's co_positions() (times
        // two, as CPython's code units), or -1 (traceback.py then shows tb_lineno without columns)
        t.defGetSet("tb_lasti", self -> PyInt.of(((Traceback) self).lasti), null);
        t.def0("__repr__", self -> PyStr.of("<traceback object at 0x"
                + Long.toHexString(System.identityHashCode(self)) + ">"));
    }

    /** Demangling of JVM method names emitted by the backend. */
    public static final class PythonNames {
        private PythonNames() { }

        /**
         * {@code name$suffix} → {@code name}; {@code $module$suffix} → {@code <module>} (JVM
         * method names cannot contain angle brackets; {@code $} cannot occur in a Python name).
         */
        public static String functionName(String jvmName) {
            if (jvmName.startsWith("$")) {
                int end = jvmName.indexOf('$', 1);
                return "<" + (end < 0 ? jvmName.substring(1) : jvmName.substring(1, end)) + ">";
            }
            int dollar = jvmName.indexOf('$');
            return dollar > 0 ? jvmName.substring(0, dollar) : jvmName;
        }
    }
}

package dev.weft.runtime.link;

import dev.weft.runtime.call.PyCell;
import dev.weft.runtime.call.PyCode;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.frame.GeneratorFrameView;
import dev.weft.runtime.frame.PyFrame;
import dev.weft.runtime.gen.Delegation;
import dev.weft.runtime.gen.GeneratorBody;
import dev.weft.runtime.gen.PyGenerator;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * The suspended frame of one compiled generator or coroutine: the runtime's
 * {@link GeneratorBody} for generated code. The compiled resume method ({@link Resume}) is a
 * state machine: {@link #state} 0 starts (binding {@link #frame}), k > 0 restores the slots
 * spilled into {@link #saved} at yield k and continues there. Each generator keeps its own
 * handled exception across suspensions (swapped in and out around each step).
 * It is also what the generator's frame object ({@code gi_frame}) shows: the line of the
 * current suspension point and the saved variables, named by {@link #slotNames}.
 */
public final class GeneratorFrame implements GeneratorBody, GeneratorFrameView {
    /** A compiled generator body (a static method of the module class). */
    @FunctionalInterface
    public interface Resume {
        PyObject resume(GeneratorFrame f, PyGenerator gen, PyObject sent, PyException thrown);
    }

    public final PyFunction function;
    private final Resume body;
    /** Generated code: the bound arguments, read at the start. */
    public PyObject[] frame;
    /** Generated code: 0 before the start, k > 0 suspended at yield k, -1 finished. */
    public int state;
    /** Generated code: the slots live across the current suspension. */
    public PyObject[] saved;
    /** The sub-iterator of the {@code yield from}/{@code await} the body is suspended in, or null. */
    private PyObject delegate;
    private PyObject handledWhileSuspended;
    /** The handled-exception box of the thread that last resumed this generator. */
    private HandledException.Box handledBox;
    /** While running: the caller's handled exception and running generator (HandledException.current). */
    PyObject callerHandled;
    GeneratorFrame callerRunning;
    /** {@link LoopOwnership}: the creating thread's counter box and its count at creation. */
    long[] creator;
    long creation;
    /** {@link LoopOwnership}: a loop owns this generator and closes it when left early. */
    boolean ownedByLoop;
    /**
     * {@link LoopOwnership}: generators passed to this one's call that nobody else holds;
     * closed when this generator finishes, as CPython's frame clearing releases them.
     */
    PyGenerator[] ownedArguments;

    /**
     * The line of the yield the body is suspended at (0 before it first suspends). Plain: an int
     * never tears, and gi_frame's f_lineno read by another thread may be a step behind, as it
     * may be in CPython.
     */
    private int suspendedLine;
    /**
     * The names of the variables held in the first slots of {@link #saved}, comma-separated in
     * slot order (the backend's frame layout); null when not given.
     */
    private final String slotNames;
    private volatile PyFrame frameObject;

    public GeneratorFrame(PyFunction function, PyObject[] frame, Resume body) {
        this(function, frame, body, null);
    }

    private GeneratorFrame(PyFunction function, PyObject[] frame, Resume body, String slotNames) {
        this.function = function;
        this.frame = frame;
        this.body = body;
        this.slotNames = slotNames;
    }

    /** The generator object of a call; {@code kind}: 0 generator, 1 coroutine, 2 async generator. */
    public static PyObject create(PyFunction fn, PyObject[] frame, Resume body, int kind) {
        return create(fn, frame, body, kind, null);
    }

    /**
     * As {@link #create(PyFunction, PyObject[], Resume, int)}, naming the variables of the
     * saved slots ({@code slotNames}: comma-separated, in slot order) for {@code f_locals}.
     */
    public static PyObject create(PyFunction fn, PyObject[] frame, Resume body, int kind, String slotNames) {
        GeneratorFrame f = new GeneratorFrame(fn, frame.clone(), body, slotNames);
        LoopOwnership.stamp(f);
        return switch (kind) {
            case 1 -> PyGenerator.coroutine(f, fn.name(), fn.qualname());
            case 2 -> PyGenerator.asyncGenerator(f, fn.name(), fn.qualname());
            default -> PyGenerator.generator(f, fn.name(), fn.qualname());
        };
    }

    @Override
    public boolean iterableCoroutine() {
        return function.isIterableCoroutine();
    }

    @Override
    public PyObject resume(PyGenerator gen, PyObject sent, PyException thrown) {
        // CPython pushes the generator's exception state on the thread's stack: the generator
        // handles its own, and sees its caller's when it handles none (HandledException.current)
        HandledException.Box box = HandledException.box(handledBox);
        handledBox = box;
        callerHandled = box.value;
        callerRunning = box.running;
        box.value = handledWhileSuspended;
        box.running = this;
        boolean finished = true;
        try {
            PyObject r = body.resume(this, gen, sent, thrown);
            finished = r == null;
            return r;
        } finally {
            handledWhileSuspended = box.value;
            box.value = callerHandled;
            box.running = callerRunning;
            callerHandled = null;
            callerRunning = null;
            if (finished && ownedArguments != null) {
                LoopOwnership.closeArguments(this);
            }
        }
    }

    // ---- called by generated code ----

    /** At the start: an exception thrown into a just-started generator is raised before anything runs. */
    public void start(PyException thrown) {
        frame = null;
        if (thrown != null) {
            state = -1;
            throw thrown;
        }
    }

    /** At yield k: remembers the resume point, the live slots and the delegate; the body then returns the value. */
    public void suspend(PyGenerator gen, int resumeState, PyObject[] live, PyObject delegateIterator) {
        suspend(gen, resumeState, 0, live, delegateIterator);
    }

    /** As {@link #suspend(PyGenerator, int, PyObject[], PyObject)}, at the yield on {@code line}. */
    public void suspend(PyGenerator gen, int resumeState, int line, PyObject[] live, PyObject delegateIterator) {
        suspendedLine = line;
        state = resumeState;
        saved = live;
        delegate = delegateIterator;
        gen.setYieldFrom(delegateIterator);
    }

    /** At a return: the body then returns null. */
    public void finish(PyGenerator gen, PyObject value) {
        state = -1;
        saved = null;
        delegate = null;
        gen.setResult(value);
    }

    /**
     * On resume at a yield inside {@code yield from}/{@code await} with an exception thrown in:
     * forwards it to the delegate first (CPython's {@code gen_throw}). Returns null when the
     * exception is to be raised at the yield (no throw was forwarded, or GeneratorExit after
     * closing the delegate, or a delegate without {@code throw}); a {@link Delegation.Done}
     * when the delegate returned; otherwise the value the delegate yielded (the generator stays
     * suspended where it was). An exception the delegate raises propagates from the yield.
     */
    public PyObject forwardThrow(PyException thrown) {
        PyObject d = delegate;
        if (thrown == null || d == null) {
            return null;
        }
        if (thrown.matches(ExceptionTypes.GeneratorExit)) {
            delegate = null;
            Delegation.closeDelegate(d);
            return null;
        }
        return Delegation.throwInto(d, thrown);
    }

    /** On resume at a yield: the value sent in, or raises the exception thrown in from the yield. */
    public PyObject resumed(PyGenerator gen, PyObject sent, PyException thrown) {
        saved = null;
        delegate = null;
        gen.setYieldFrom(null);
        if (thrown != null) {
            // as CPython's gen.throw(): the exception keeps the traceback it already had (a
            // contextmanager's __exit__ throws the with-block's exception), the generator's
            // frame goes in front of it
            throw dev.weft.runtime.exc.Traceback.raiseAgain(thrown.value);
        }
        return sent;
    }

    // ---- the frame object (gi_frame) ----

    @Override
    public PyFrame frameObject() {
        PyFrame f = frameObject;
        if (f == null) {
            synchronized (this) {
                f = frameObject;
                if (f == null) {
                    f = PyFrame.ofGenerator(this);
                    frameObject = f;
                }
            }
        }
        return f;
    }

    @Override
    public int lineno() {
        int line = suspendedLine;
        return line > 0 ? line : function.code.firstLineNo;
    }

    @Override
    public PyCode code() {
        return PyCode.of(function.code);
    }

    @Override
    public PyDict globals() {
        return function.globals;
    }

    /**
     * A new dict of the variables bound at the suspension point (cells read through); before
     * the start, the bound arguments. Empty while the body runs (its slots are JVM locals then).
     */
    @Override
    public PyObject locals() {
        PyDict d = new PyDict();
        PyObject[] slots = state == 0 ? frame : saved;
        String[] names = state == 0 ? function.code.paramNames : slotNames == null ? new String[0] : slotNames.split(",", -1);
        if (slots != null && names != null) {
            for (int i = 0; i < names.length && i < slots.length; i++) {
                PyObject v = slots[i];
                if (v instanceof PyCell c) {
                    v = c.value;
                }
                if (v != null && !names[i].isEmpty()) {
                    d.setItem(PyStr.of(names[i]), v);
                }
            }
        }
        return d;
    }
}

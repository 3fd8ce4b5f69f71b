package dev.weft.runtime.link;

import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.gen.Delegation;
import dev.weft.runtime.gen.GeneratorBody;
import dev.weft.runtime.gen.PyGenerator;

/**
 * The suspended frame of one compiled generator or coroutine: the runtime's
 * {@link GeneratorBody} for generated code. The compiled resume method ({@link Resume}) is a
 * state machine: {@link #state} 0 starts (binding {@link #frame}), k > 0 restores the slots
 * spilled into {@link #saved} at yield k and continues there. Each generator keeps its own
 * handled exception across suspensions (swapped in and out around each step).
 */
public final class GeneratorFrame implements GeneratorBody {
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

    public GeneratorFrame(PyFunction function, PyObject[] frame, Resume body) {
        this.function = function;
        this.frame = frame;
        this.body = body;
    }

    /** The generator object of a call; {@code kind}: 0 generator, 1 coroutine, 2 async generator. */
    public static PyObject create(PyFunction fn, PyObject[] frame, Resume body, int kind) {
        GeneratorFrame f = new GeneratorFrame(fn, frame.clone(), body);
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
        PyObject outer = HandledException.swap(handledWhileSuspended);
        boolean finished = true;
        try {
            PyObject r = body.resume(this, gen, sent, thrown);
            finished = r == null;
            return r;
        } finally {
            handledWhileSuspended = HandledException.swap(outer);
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
}

package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;

/**
 * One generator (or coroutine) frame, implemented by generated code as a state machine: its
 * fields hold the saved locals and the resume point, and {@link #resume} runs from the last
 * suspension to the next one. The runtime ({@link PyGenerator}) owns send/throw/close.
 */
public interface GeneratorBody {
    /**
     * Runs until the next {@code yield} or the end.
     *
     * @param gen the generator object (for {@link PyGenerator#setResult})
     * @param sent the value of the suspended {@code yield} expression (None on the first resume)
     * @param thrown when non-null, the body must raise it at the suspended {@code yield}
     *               (on the first resume: before executing anything)
     * @return the yielded value, or null when the body finished (its return value given to
     *         {@link PyGenerator#setResult} first; None if never set). Exceptions propagate.
     */
    PyObject resume(PyGenerator gen, PyObject sent, PyException thrown);

    /**
     * Whether the generator function was made awaitable by {@code types.coroutine}
     * (CO_ITERABLE_COROUTINE on its code): {@code await} then takes its generators.
     */
    default boolean iterableCoroutine() {
        return false;
    }

    /** The frame object shown as {@code gi_frame}/{@code cr_frame} while not finished; null if none. */
    default dev.weft.runtime.frame.PyFrame frameObject() {
        return null;
    }
}

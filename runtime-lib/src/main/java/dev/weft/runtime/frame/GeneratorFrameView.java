package dev.weft.runtime.frame;

import dev.weft.runtime.call.PyCode;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyDict;

/**
 * What the frame object of a generator or coroutine ({@code gi_frame}, {@code cr_frame}) shows:
 * the suspended body's state, read when asked (the body's slots are saved in the generator
 * while it is suspended, so they can be read from outside, unlike a running function's).
 */
public interface GeneratorFrameView {
    /** The line the body is suspended at (its {@code def} line before it starts). */
    int lineno();

    PyCode code();

    PyDict globals();

    /** A snapshot of the local variables saved at the suspension point. */
    PyObject locals();
}

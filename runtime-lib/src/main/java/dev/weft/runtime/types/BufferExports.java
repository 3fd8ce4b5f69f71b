package dev.weft.runtime.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The memoryviews pinning a mutable buffer (a bytearray) against resizing. CPython forbids
 * resizing while any view exists and frees a dropped view at once (reference counting); the JVM
 * cannot tell when a view became unreachable (interpreted frames keep dead temporaries alive),
 * so refusing for every view ever made would break correct programs. A view therefore pins the
 * buffer while it is inside its {@code with} block (entered, not yet released): resizing then
 * raises BufferError as in CPython. Outside one, a resize is allowed and later reads through the
 * view see the resized buffer (CPython would have refused the resize).
 */
final class BufferExports {
    private final List<PyMemoryView> pinned = new ArrayList<>();

    synchronized void pin(PyMemoryView v) {
        pinned.add(v);
    }

    synchronized void unpin(PyMemoryView v) {
        pinned.removeIf(p -> p == v);
    }

    synchronized boolean exported() {
        pinned.removeIf(PyMemoryView::isReleased);
        return !pinned.isEmpty();
    }
}

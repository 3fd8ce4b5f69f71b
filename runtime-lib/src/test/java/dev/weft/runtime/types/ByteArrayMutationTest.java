package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** bytearray slice assignment and deletion and the list-like mutators (expected values from CPython 3.13). */
class ByteArrayMutationTest {

    private static PyObject ba(String latin1) {
        return call("bytearray", ModuleBytes.of(latin1));
    }

    private static PySlice slice(Integer start, Integer stop, Integer step) {
        return new PySlice(start == null ? null : i(start), stop == null ? null : i(stop), step == null ? null : i(step));
    }

    @Test
    void simpleSliceAssignmentCanGrowAndShrink() {
        PyObject b = ba("mutable");
        Protocols.setItem(b, slice(1, 3, null), ModuleBytes.of("UU"));
        assertEquals("bytearray(b'mUUable')", repr(b));
        Protocols.setItem(b, slice(2, 2, null), list(i(65), i(66)));
        assertEquals("bytearray(b'mUABUable')", repr(b));
        Protocols.setItem(b, slice(3, null, null), ModuleBytes.of(""));
        assertEquals("bytearray(b'mUA')", repr(b));
        Protocols.setItem(b, slice(null, null, null), b);
        assertEquals("bytearray(b'mUA')", repr(b));
    }

    @Test
    void extendedSlicesNeedMatchingLengthsAndDeleteEveryStepth() {
        PyObject b = ba("0123456789");
        Protocols.setItem(b, slice(8, 2, -2), ModuleBytes.of("abc"));
        assertEquals("bytearray(b'0123c5b7a9')", repr(b));
        Protocols.delItem(b, slice(1, null, 3));
        assertEquals("bytearray(b'0235ba9')", repr(b));
        assertEquals("ValueError: attempt to assign bytes of size 3 to extended slice of size 2",
                raises(() -> Protocols.setItem(ba("abc"), slice(0, 3, 2), ModuleBytes.of("xyz"))));
        assertEquals("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                raises(() -> Protocols.setItem(ba("abc"), slice(1, 2, null), i(5))));
    }

    @Test
    void insertPopRemoveReverseFollowListRules() {
        PyObject b = ba("abc");
        Ops.callMethod(b, "insert", i(-1), i(65));
        Ops.callMethod(b, "insert", i(100), i(66));
        assertEquals("bytearray(b'abAcB')", repr(b));
        assertEquals("66", repr(Ops.callMethod(b, "pop")));
        assertEquals("97", repr(Ops.callMethod(b, "pop", i(0))));
        Ops.callMethod(b, "remove", i(65));
        Ops.callMethod(b, "reverse");
        assertEquals("bytearray(b'cb')", repr(b));
        Protocols.delItem(b, i(-1));
        assertEquals("bytearray(b'c')", repr(b));
        assertEquals("IndexError: pop index out of range", raises(() -> Ops.callMethod(b, "pop", i(7))));
        assertEquals("ValueError: value not found in bytearray", raises(() -> Ops.callMethod(b, "remove", i(9))));
        Ops.callMethod(b, "clear");
        assertEquals("IndexError: pop from empty bytearray", raises(() -> Ops.callMethod(b, "pop")));
    }

    /** bytes from a latin-1 string, as the compiler's constants are made. */
    private static final class ModuleBytes {
        static PyObject of(String latin1) {
            return dev.weft.runtime.call.ModuleSupport.bytesConstant(latin1);
        }
    }
}

package dev.weft.runtime.types;

import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code in} on str: code points, so a lone surrogate is never found inside a surrogate pair. */
class StrContainsTest {
    private static final PyStr TEXT = PyStr.of("a\uD83D\uDE00b");   // 'a😀b'

    @Test
    void loneSurrogateIsNotInsideAPairThroughTheOperatorOrTheMethod() {
        for (String half : new String[] {"\uD83D", "\uDE00"}) {
            PyStr needle = PyStr.of(half);
            assertEquals(false, Protocols.contains(TEXT, needle));
            assertEquals(PyBool.FALSE, Ops.callMethod(TEXT, "__contains__", needle));
        }
    }

    @Test
    void wholeCodePointsAndPlainTextAreFound() {
        assertEquals(PyBool.TRUE, Ops.callMethod(TEXT, "__contains__", PyStr.of("\uD83D\uDE00")));
        assertEquals(PyBool.TRUE, Ops.callMethod(TEXT, "__contains__", PyStr.of("\uD83D\uDE00b")));
        assertEquals(PyBool.TRUE, Ops.callMethod(TEXT, "__contains__", PyStr.of("")));
    }
}

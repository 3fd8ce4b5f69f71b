package dev.weft.runtime.exc;

import dev.weft.runtime.frame.SourcePositions;
import dev.weft.runtime.frame.SourcePositions.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The markers CPython 3.13's traceback prints for the same source lines and positions. */
class SourceMarkersTest {

    private static Span span(int line, int endLine, int col, int endCol) {
        return new Span(line, endLine, col, endCol, SourcePositions.NONE, 0, 0, 0, 0, false, false);
    }

    @Test
    void aBinaryOperatorIsMarkedWithCaretsBetweenTildes() {
        Span bOverC = new Span(1, 1, 15, 20, SourcePositions.BINARY_OP, 1, 16, 1, 19, false, false);
        assertEquals("    return a + b / c\n               ~~^~~\n",
                SourceMarkers.format(List.of("    return a + b / c"), bOverC));
    }

    @Test
    void aSubscriptMarksItsBracketsAndACallItsArguments() {
        Span sub = new Span(1, 1, 8, 14, SourcePositions.SUBSCRIPT, 1, 9, 0, 0, false, false);
        assertEquals("    x = d[key]\n        ~^^^^^\n", SourceMarkers.format(List.of("    x = d[key]"), sub));
        Span call = new Span(1, 1, 4, 16, SourcePositions.CALL, 1, 10, 0, 0, false, false);
        assertEquals("    obj.go(x, 2)\n    ~~~~~~^^^^^^\n", SourceMarkers.format(List.of("    obj.go(x, 2)"), call));
    }

    @Test
    void noMarkersUnderAWholeLineNorTheWholeValueOfAnAssignment() {
        assertEquals("    raise E\n", SourceMarkers.format(List.of("        raise E"), span(1, 1, 8, 15)));
        Span whole = new Span(1, 1, 4, 10, SourcePositions.CALL, 1, 7, 0, 0, true, false);
        assertEquals("    x = len(1)\n", SourceMarkers.format(List.of("x = len(1)"), whole));
    }

    @Test
    void aMultiLineOperationShowsEachLineUpToTheOperator() {
        List<String> lines = List.of("    total = (a +", "        b +", "        c +", "        d +", "        e)");
        Span plusE = new Span(1, 5, 13, 9, SourcePositions.BINARY_OP, 4, 9, 5, 8, false, false);
        assertEquals("""
                    total = (a +
                             ~~~
                        b +
                        ~~~
                        c +
                        ~~~
                        d +
                        ~~^
                        e)
                        ~
                """, SourceMarkers.format(lines, plusE));
    }

    @Test
    void columnsAreUtf8BytesAndWideCharactersTakeTwoColumns() {
        Span name = span(1, 1, 15, 18);
        assertEquals("    s = 'é' + 雪\n              ^^\n", SourceMarkers.format(List.of("    s = 'é' + 雪"), name));
    }
}

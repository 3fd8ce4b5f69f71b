package dev.weft.backend;

import dev.weft.ir.IrFunction;
import dev.weft.ir.SourcePosition;
import dev.weft.ir.Temp;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionTableTest {

    private static dev.weft.ir.Instr at(IrFunction f, SourcePosition p) {
        return new dev.weft.ir.instr.Copy(f.newTemp(), new Temp(0)).atPosition(p);
    }

    /** A module whose last instruction is on {@code lastLine}. */
    private static IrFunction module(int lastLine) {
        IrFunction f = new IrFunction(IrFunction.Kind.MODULE, "<module>", "<module>", 1, IrFunction.Signature.NONE);
        f.newBlock().instrs().add(at(f, SourcePosition.lineOnly(lastLine)));
        return f;
    }

    @Test
    void theFirstSpanOfALineKeepsItsNumberAndOthersGetLinesPastTheModulesLast() {
        IrFunction f = module(10);
        PositionTable t = new PositionTable(f);
        SourcePosition call = SourcePosition.span(3, 3, 4, 12);
        SourcePosition sub = SourcePosition.span(3, 3, 6, 10);
        assertEquals(3, t.lineOf(at(f, call)));
        assertEquals(3, t.lineOf(at(f, call)));
        int other = t.lineOf(at(f, sub));
        assertEquals(11, other);
        assertEquals(other, t.lineOf(at(f, sub)), "the same span shares its synthetic line");
        assertNotEquals(other, t.lineOf(at(f, SourcePosition.lineOnly(3))), "a line without columns is a span too");
        assertEquals(5, t.lineOf(at(f, SourcePosition.lineOnly(5))));
    }

    @Test
    void encodesTheFirstSpansThenTheSyntheticOnes() {
        IrFunction f = module(4);
        PositionTable t = new PositionTable(f);
        t.lineOf(at(f, new SourcePosition(2, 2, 4, 9, SourcePosition.Anchor.BINARY_OP, 2, 5, 2, 8, false, false)));
        t.lineOf(at(f, SourcePosition.span(2, 2, 4, 5)));
        StringBuilder expected = new StringBuilder();
        // version 1, first synthetic line 5, one first span, one synthetic span
        PositionTable.putUnsigned(expected, 1);
        PositionTable.putUnsigned(expected, 5);
        PositionTable.putUnsigned(expected, 1);
        PositionTable.putUnsigned(expected, 1);
        // line 2 (+2): end line +0, columns 4 and 9 stored plus one, flags = binary op, split (+0, 5), right (+0, 8)
        for (int v : new int[] {2, 0, 5, 10, 1}) {
            PositionTable.putUnsigned(expected, v);
        }
        PositionTable.putSigned(expected, 0);
        PositionTable.putUnsigned(expected, 5);
        PositionTable.putSigned(expected, 0);
        PositionTable.putUnsigned(expected, 8);
        // synthetic: line delta +2 (zigzag 4), end +0, columns 5 and 6, no anchor
        for (int v : new int[] {4, 0, 5, 6, 0}) {
            PositionTable.putUnsigned(expected, v);
        }
        assertEquals(expected.toString(), t.encode());
    }

    @Test
    void numbersAreBase32DigitsInPrintableAscii() {
        StringBuilder sb = new StringBuilder();
        PositionTable.putUnsigned(sb, 65_535);
        PositionTable.putSigned(sb, -3);
        assertEquals(5, sb.length());
        assertTrue(sb.chars().allMatch(c -> c >= '0' && c < '0' + 64));
    }
}

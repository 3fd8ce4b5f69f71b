package dev.weft.ir.instr;

import dev.weft.ir.Const;
import dev.weft.ir.IrPrinter;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The operand shapes the backend relies on for the instructions of match, except* and PEP 695. */
class NewInstructionShapeTest {
    @Test
    void intrinsicRejectsTheWrongNumberOfOperands() {
        assertThrows(IllegalArgumentException.class,
                () -> new Intrinsic(new Temp(0), Intrinsic.Function.TYPEALIAS, List.of(Const.of("A"))));
    }

    @Test
    void intrinsicPrintsItsFunctionAfterItsOperands() {
        Intrinsic i = new Intrinsic(new Temp(2), Intrinsic.Function.TYPEVAR_WITH_BOUND, List.of(Const.of("T"), new Temp(1)));
        assertEquals("%t2 = intrinsic 'T', %t1 TYPEVAR_WITH_BOUND", IrPrinter.instr(i));
    }

    @Test
    void freshCellNeedsACellVariable() {
        assertThrows(IllegalArgumentException.class,
                () -> new FreshCell(new Variable("x", Variable.Storage.LOCAL, 0)));
    }

    @Test
    void exceptStarMatchDefinesMatchThenRest() {
        Temp match = new Temp(3);
        Temp rest = new Temp(4);
        ExceptStarMatch i = new ExceptStarMatch(match, rest, new Temp(1), new Temp(2));
        assertEquals(List.of(match, rest), i.defs());
        assertEquals("%t3, %t4 = except_star_match %t1, %t2", IrPrinter.instr(i));
    }

    @Test
    void matchClassPrintsPositionalCountAndKeywordNames() {
        MatchClass i = new MatchClass(new Temp(5), new Temp(0), new Temp(1), 2, List.of("x", "y"));
        assertEquals("%t5 = match_class %t0, %t1 positional=2 ['x', 'y']", IrPrinter.instr(i));
    }
}

package dev.weft.runtime.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PercentFormatTest {
    private static final PyTestValues OPS = new PyTestValues();

    @Test
    void percentFormatMatchesCPythonTable() {
        FormatTable.checkAll("percent_format.tsv", row -> FormatTable.outcome(
                () -> PercentFormat.format(row[0], PyTestValues.decode(row[1]), OPS)), 2);
    }

    @Test
    void starWidthTakesValuesFromTheArgumentTuple() {
        Object args = new PyTestValues.Tuple(java.util.List.of(java.math.BigInteger.valueOf(6), "ab"));
        assertEquals("    ab", PercentFormat.format("%*s", args, OPS));
    }

    @Test
    void missingArgumentIsATypeError() {
        FormatError e = assertThrows(FormatError.class, () -> PercentFormat.format("%s %s",
                new PyTestValues.Tuple(java.util.List.of("a")), OPS));
        assertEquals("TypeError", e.pythonType());
        assertEquals("not enough arguments for format string", e.getMessage());
    }
}

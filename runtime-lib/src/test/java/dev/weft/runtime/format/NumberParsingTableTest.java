package dev.weft.runtime.format;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

/** float(str), int(str, base), float.hex and float.fromhex against CPython 3.13 tables. */
class NumberParsingTableTest {
    /** NaN bits are compared up to payload: CPython keeps only the sign of a parsed nan. */
    private static String bitsOf(double d) {
        if (Double.isNaN(d)) {
            return Double.doubleToRawLongBits(d) < 0 ? "fff8000000000000" : "7ff8000000000000";
        }
        return FormatTable.doubleToBits(d);
    }

    @Test
    void floatFromStringMatchesCPython() {
        FormatTable.checkAll("float_parse.tsv",
                row -> FormatTable.outcome(() -> bitsOf(NumberParsing.parseFloat(row[0]))), 1);
    }

    @Test
    void intFromStringMatchesCPython() {
        FormatTable.checkAll("int_parse.tsv", row -> FormatTable.outcome(() -> {
            BigInteger v = NumberParsing.parseInt(row[0], Integer.parseInt(row[1]));
            return (v.signum() < 0 ? "-0x" : "0x") + v.abs().toString(16);
        }), 2);
    }

    @Test
    void floatHexMatchesCPython() {
        FormatTable.checkAll("float_hex.tsv", row -> FloatHex.toHex(FormatTable.bitsToDouble(row[0])), 1);
    }

    @Test
    void floatFromHexMatchesCPython() {
        FormatTable.checkAll("float_fromhex.tsv", row -> FormatTable.outcome(() -> bitsOf(FloatHex.fromHex(row[0]))), 1);
    }
}

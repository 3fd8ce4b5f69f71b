package dev.weft.runtime.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expected values from CPython 3.13's {@code complex(str)}. */
class ComplexParsingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1+2j|1.0|2.0", "' 1+2j '|1.0|2.0", "(1+2j)|1.0|2.0", "' ( 1+2j ) '|1.0|2.0", "j|0.0|1.0", "-j|0.0|-1.0",
        "+j|0.0|1.0", "1e3j|0.0|1000.0", "1.5e-3-2.5E+2J|0.0015|-250.0", "inf|Infinity|0.0", "-infj|0.0|-Infinity",
        "1_0+2_0j|10.0|20.0", "( 3 )|3.0|0.0", "infinity-Infinityj|Infinity|-Infinity", "1-j|1.0|-1.0",
        "'\u00a0 4j\u3000'|0.0|4.0", "\u0661\u0662j|0.0|12.0", ".5|0.5|0.0", "5.|5.0|0.0"})
    void acceptsWhatCPythonAccepts(String text, double real, double imag) {
        double[] c = ComplexParsing.parse(text);
        assertEquals(real, c[0]);
        assertEquals(imag, c[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 + 2j", "", "()", "1+", "1+2", "2j+1", "0x1", "1e", "1+-2j", "1++2j",
        "(1+2j", "1+2j)", "jj", "nan+nanjj"})
    void rejectsMalformedStringsWithCPythonsMessage(String text) {
        FormatError e = assertThrows(FormatError.class, () -> ComplexParsing.parse(text));
        assertEquals("complex() arg is a malformed string", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1__0j", "_1j", "1_j"})
    void misplacedUnderscoresGiveTheConversionMessage(String text) {
        FormatError e = assertThrows(FormatError.class, () -> ComplexParsing.parse(text));
        assertEquals("could not convert string to complex: '" + text + "'", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nanj", "nan"})
    void nanPartsParse(String text) {
        double[] c = ComplexParsing.parse(text);
        assertEquals(true, Double.isNaN(text.endsWith("j") ? c[1] : c[0]));
    }
}

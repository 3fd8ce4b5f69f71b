package dev.weft.frontend.tokenize;

import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.error.PythonSyntaxError;
import java.math.BigInteger;

/**
 * Values of NUMBER tokens as CPython 3.13 computes them: {@link BigInteger} for integers,
 * {@link Double} for floats (correctly rounded, overflow to infinity), and
 * {@link ConstantValue.Imaginary} for imaginary literals. The token text is assumed valid (the
 * tokenizer checked it).
 */
public final class NumberLiterals {
    private NumberLiterals() {}

    /** CPython's default limit on decimal digits converted to int (sys.get_int_max_str_digits). */
    public static final int INT_MAX_STR_DIGITS = 4300;

    /** Thrown for a literal CPython refuses; the message is CPython's. */
    public static final class NumberLiteralError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NumberLiteralError(String msg) {
            super(msg, null, false, false);
        }
    }

    /** The SyntaxError CPython reports for a refused literal (line of the token, no column). */
    public static PythonSyntaxError syntaxError(NumberLiteralError e, PyToken token, SourceText src) {
        return new PythonSyntaxError("SyntaxError", e.getMessage(), src.filename(), token.startLine(), 0,
                token.startLine(), 0, src.lineWithNewline(token.startLine()));
    }

    /** The value of a NUMBER token: BigInteger, Double or ConstantValue.Imaginary. */
    public static Object decode(String tokenText) {
        String s = tokenText.indexOf('_') >= 0 ? tokenText.replace("_", "") : tokenText;
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n > 2 && s.charAt(0) == '0') {
            char p = s.charAt(1);
            if (p == 'x' || p == 'X') {
                return new BigInteger(s.substring(2), 16);
            }
            if (p == 'o' || p == 'O') {
                return new BigInteger(s.substring(2), 8);
            }
            if (p == 'b' || p == 'B') {
                return new BigInteger(s.substring(2), 2);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        if (n > INT_MAX_STR_DIGITS) {
            throw new NumberLiteralError("Exceeds the limit (" + INT_MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion: value has " + n + " digits; use sys.set_int_max_str_digits() to increase "
                    + "the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion "
                    + "limits.");
        }
        if (n <= 18) {
            return BigInteger.valueOf(Long.parseLong(s));
        }
        return new BigInteger(s);
    }
}

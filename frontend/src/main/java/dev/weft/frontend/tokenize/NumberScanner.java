package dev.weft.frontend.tokenize;

import static dev.weft.frontend.tokenize.Tokenizer.isDigit;

/**
 * Scans NUMBER tokens for {@link Tokenizer} with CPython's rules and errors: underscores between
 * digits, hex/octal/binary, leading zeros, fractions, exponents, imaginary suffixes, and the
 * check that a literal is not directly followed by a name (keywords that can follow a number,
 * like {@code 1if}, are allowed as CPython allows them with a SyntaxWarning).
 */
final class NumberScanner {
    private NumberScanner() {}

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** {@code c} is the first digit, already read. */
    static PyToken number(Tokenizer t, int c) {
        if (c == '0') {
            c = t.read();
            if (c == 'x' || c == 'X') {
                c = t.read();
                do {
                    if (c == '_') {
                        c = t.read();
                    }
                    if (!isHexDigit(c)) {
                        t.unread(c);
                        throw t.syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = t.read();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEnd(t, c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = t.read();
                do {
                    if (c == '_') {
                        c = t.read();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw t.syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        }
                        t.unread(c);
                        throw t.syntaxError("invalid octal literal");
                    }
                    do {
                        c = t.read();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw t.syntaxError("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEnd(t, c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = t.read();
                do {
                    if (c == '_') {
                        c = t.read();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw t.syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        }
                        t.unread(c);
                        throw t.syntaxError("invalid binary literal");
                    }
                    do {
                        c = t.read();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw t.syntaxError("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEnd(t, c, "binary");
            } else {
                boolean nonzero = false;
                // Maybe an old-style octal; '0' itself (and 0_0, 00) is fine.
                while (true) {
                    if (c == '_') {
                        c = t.read();
                        if (!isDigit(c)) {
                            t.unread(c);
                            throw t.syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = t.read();
                }
                int zerosEnd = t.position();
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail(t);
                }
                if (c == '.') {
                    c = t.read();
                    return fraction(t, c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(t, c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary(t);
                } else if (nonzero) {
                    t.unread(c);
                    throw t.syntaxErrorRange(t.tokenStart(), zerosEnd - 1,
                            "leading zeros in decimal integer literals are not permitted; "
                                    + "use an 0o prefix for octal integers");
                }
                verifyEnd(t, c, "decimal");
            }
        } else {
            c = decimalTail(t);
            if (c == '.') {
                c = t.read();
                return fraction(t, c);
            }
            return afterFraction(t, c);
        }
        t.unread(c);
        return t.numberToken();
    }

    /** After the '.', with {@code c} the character following it (already read). */
    static PyToken fraction(Tokenizer t, int c) {
        if (isDigit(c)) {
            c = decimalTail(t);
        }
        return afterFraction(t, c);
    }

    private static PyToken afterFraction(Tokenizer t, int c) {
        if (c == 'e' || c == 'E') {
            return exponent(t, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(t);
        }
        verifyEnd(t, c, "decimal");
        t.unread(c);
        return t.numberToken();
    }

    /** {@code e} is the 'e' or 'E' just read. */
    private static PyToken exponent(Tokenizer t, int e) {
        int c = t.read();
        if (c == '+' || c == '-') {
            c = t.read();
            if (!isDigit(c)) {
                t.unread(c);
                throw t.syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            t.unread(c);
            verifyEnd(t, e, "decimal");
            t.unread(e);
            return t.numberToken();
        }
        c = decimalTail(t);
        if (c == 'j' || c == 'J') {
            return imaginary(t);
        }
        verifyEnd(t, c, "decimal");
        t.unread(c);
        return t.numberToken();
    }

    private static PyToken imaginary(Tokenizer t) {
        int c = t.read();
        verifyEnd(t, c, "imaginary");
        t.unread(c);
        return t.numberToken();
    }

    /** Reads digits with single underscores between them; returns the first other character. */
    private static int decimalTail(Tokenizer t) {
        int c;
        while (true) {
            do {
                c = t.read();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = t.read();
            if (!isDigit(c)) {
                t.unread(c);
                throw t.syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * CPython's verify_end_of_number: a number directly followed by a name character is an
     * error, except before the keywords that may follow a number (and, else, for, if, in, is,
     * not, or), which CPython accepts with a SyntaxWarning.
     */
    private static void verifyEnd(Tokenizer t, int c, String kind) {
        boolean keyword = false;
        if (c == 'a') {
            keyword = lookahead(t, "nd");
        } else if (c == 'e') {
            keyword = lookahead(t, "lse");
        } else if (c == 'f') {
            keyword = lookahead(t, "or");
        } else if (c == 'i') {
            int c2 = t.read();
            keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
            t.unread(c2);
        } else if (c == 'o') {
            keyword = lookahead(t, "r");
        } else if (c == 'n') {
            keyword = lookahead(t, "ot");
        }
        if (keyword) {
            return;
        }
        if (c < 128 && CharClass.isPotentialIdentifierChar(c)) {
            t.unread(c);
            throw t.syntaxError("invalid " + kind + " literal");
        }
    }

    /** Whether the next characters are {@code rest} followed by a non-name character. */
    private static boolean lookahead(Tokenizer t, String rest) {
        int start = t.position();
        boolean result = false;
        int i = 0;
        while (true) {
            int c = t.read();
            if (i == rest.length()) {
                result = !CharClass.isPotentialIdentifierChar(c);
                t.unread(c);
                break;
            }
            if (c != rest.charAt(i)) {
                t.unread(c);
                break;
            }
            i++;
        }
        while (t.position() > start) {
            t.unread(rest.charAt(t.position() - start - 1));
        }
        return result;
    }
}

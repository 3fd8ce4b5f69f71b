package dev.weft.runtime.format;

import java.math.BigInteger;

/**
 * {@code str % args} (printf-style formatting), as CPython 3.13's {@code PyUnicode_Format}:
 * flags {@code -+ #0}, width and precision (digits or {@code *}), the ignored length modifiers
 * h l L, mapping keys {@code %(name)}, and the conversions d i u o x X e E f F g G c r s a %.
 */
public final class PercentFormat {
    private PercentFormat() {}

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /**
     * Formats {@code format % args}; in {@link PercentOperands#bytesMode() bytes mode} the format
     * and the result hold one byte per char.
     */
    public static <T> String format(String format, T args, PercentOperands<T> ops) {
        return new Run<>(format, args, ops).run();
    }

    /** The state of one formatting run (CPython's {@code unicode_formatter_t}). */
    private static final class Run<T> {
        final String fmt;
        final PercentOperands<T> ops;
        final StringBuilder out;
        T args;
        int argLength;
        int argIndex;
        final T dict;
        int pos;

        Run(String fmt, T args, PercentOperands<T> ops) {
            this.fmt = fmt;
            this.ops = ops;
            this.args = args;
            this.out = new StringBuilder(fmt.length() + 16);
            int n = ops.tupleLength(args);
            if (n >= 0) {
                argLength = n;
                argIndex = 0;
            } else {
                argLength = -1;
                argIndex = -2;
            }
            dict = ops.isMapping(args) ? args : null;
        }

        String run() {
            int n = fmt.length();
            while (pos < n) {
                int pct = fmt.indexOf('%', pos);
                if (pct < 0) {
                    out.append(fmt, pos, n);
                    break;
                }
                out.append(fmt, pos, pct);
                pos = pct + 1;
                formatOne();
            }
            if (argIndex < argLength && dict == null) {
                throw FormatError.typeError(notAllConverted());
            }
            return out.toString();
        }

        String notAllConverted() {
            return "not all arguments converted during " + (ops.bytesMode() ? "bytes" : "string") + " formatting";
        }

        T nextArg() {
            if (argIndex < argLength) {
                int i = argIndex++;
                return argLength < 0 ? args : ops.tupleItem(args, i);
            }
            throw FormatError.typeError("not enough arguments for format string");
        }

        /** Reads the next code point of the format, or -1 at the end ("incomplete format"). */
        int read() {
            if (pos >= fmt.length()) {
                return -1;
            }
            int c = fmt.codePointAt(pos);
            pos += Character.charCount(c);
            return c;
        }

        void formatOne() {
            if (pos < fmt.length() && fmt.charAt(pos) == '%') {
                pos++;
                out.append('%');
                return;
            }
            int flags = 0;
            long width = -1;
            int prec = -1;
            int ch;
            if (pos < fmt.length() && fmt.charAt(pos) == '(') {
                if (dict == null) {
                    throw FormatError.typeError("format requires a mapping");
                }
                pos++;
                int keyStart = pos;
                int depth = 1;
                while (depth > 0 && pos < fmt.length()) {
                    char c = fmt.charAt(pos++);
                    if (c == ')') {
                        depth--;
                    } else if (c == '(') {
                        depth++;
                    }
                }
                if (depth > 0) {
                    throw FormatError.valueError("incomplete format key");
                }
                String key = fmt.substring(keyStart, pos - 1);
                args = ops.getItem(dict, key);
                argLength = -1;
                argIndex = -2;
            }
            ch = read();
            while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
                switch (ch) {
                    case '-': flags |= F_LJUST; break;
                    case '+': flags |= F_SIGN; break;
                    case ' ': flags |= F_BLANK; break;
                    case '#': flags |= F_ALT; break;
                    default: flags |= F_ZERO; break;
                }
                ch = read();
            }
            if (ch == '*') {
                long w = starArgument(false);
                if (w < 0) {
                    flags |= F_LJUST;
                    w = -w;
                }
                width = w;
                ch = read();
            } else if (ch >= '0' && ch <= '9') {
                width = ch - '0';
                while ((ch = read()) >= '0' && ch <= '9') {
                    if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                        throw FormatError.valueError("width too big");
                    }
                    width = width * 10 + (ch - '0');
                }
            }
            if (ch == '.') {
                prec = 0;
                ch = read();
                if (ch == '*') {
                    prec = (int) Math.max(0, starArgument(true));
                    ch = read();
                } else if (ch >= '0' && ch <= '9') {
                    prec = ch - '0';
                    while ((ch = read()) >= '0' && ch <= '9') {
                        if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                            throw FormatError.valueError("precision too big");
                        }
                        prec = prec * 10 + (ch - '0');
                    }
                }
            }
            if (ch == 'h' || ch == 'l' || ch == 'L') {
                ch = read();
            }
            if (ch < 0) {
                throw FormatError.valueError("incomplete format");
            }
            int convIndex = pos - Character.charCount(ch);
            T v = nextArg();
            String text;
            boolean numeric = false;
            if (ops.bytesMode() && (ch == 's' || ch == 'b' || ch == 'r' || ch == 'a' || ch == 'c')) {
                text = bytesConversion(v, ch);
                output(text, (char) ch, flags, width, prec, false);
                if (dict != null && argIndex < argLength) {
                    throw FormatError.typeError(notAllConverted());
                }
                return;
            }
            switch (ch) {
                case 's':
                    text = ops.str(v);
                    break;
                case 'r':
                    text = ops.repr(v);
                    break;
                case 'a':
                    text = ops.ascii(v);
                    break;
                case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
                    text = formatLong(v, (char) ch, flags, prec);
                    numeric = true;
                    break;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                    text = formatFloat(v, (char) ch, flags, prec);
                    numeric = true;
                    break;
                case 'c':
                    text = new String(Character.toChars(formatChar(v)));
                    break;
                default:
                    throw FormatError.valueError("unsupported format character '"
                            + (ch >= 31 && ch <= 126 ? String.valueOf((char) ch) : "?") + "' (0x"
                            + Integer.toHexString(ch) + ") at index " + fmt.codePointCount(0, convIndex));
            }
            output(text, (char) ch, flags, width, prec, numeric);
            if (dict != null && argIndex < argLength) {
                throw FormatError.typeError(notAllConverted());
            }
        }

        /** The text of %s, %b, %r, %a and %c in bytes mode (Latin-1 chars, one per byte). */
        String bytesConversion(T v, int ch) {
            switch (ch) {
                case 's': case 'b': {
                    String b = ops.bytesValue(v);
                    if (b == null) {
                        throw FormatError.typeError("%b requires a bytes-like object, or an object that "
                                + "implements __bytes__, not '" + ops.typeName(v) + "'");
                    }
                    return b;
                }
                case 'r': case 'a':
                    return ops.ascii(v);
                default: {
                    Number n = ops.intValue(v);
                    if (n == null) {
                        String b = ops.strValue(v) == null ? ops.bytesValue(v) : null;
                        if (b != null && b.length() == 1) {
                            return b;
                        }
                        throw FormatError.typeError("%c requires an integer in range(256) or a single byte");
                    }
                    if (n instanceof BigInteger big && big.bitLength() > 63 || n.longValue() < 0 || n.longValue() > 255) {
                        throw FormatError.overflowError("%c arg not in range(256)");
                    }
                    return String.valueOf((char) n.longValue());
                }
            }
        }

        /** The value of a '*' width (ssize_t) or precision (int). */
        long starArgument(boolean precision) {
            T v = nextArg();
            Number n = ops.intValue(v);
            if (n == null) {
                throw FormatError.typeError("* wants int");
            }
            if (n instanceof BigInteger b) {
                if (b.bitLength() > 63) {
                    throw FormatError.overflowError(precision ? "Python int too large to convert to C int"
                            : "Python int too large to convert to C ssize_t");
                }
            }
            long value = n.longValue();
            if (precision && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
                throw FormatError.overflowError("Python int too large to convert to C int");
            }
            return value;
        }

        String formatLong(T v, char type, int flags, int prec) {
            Number iv = ops.intValue(v);
            if (iv == null) {
                Number converted = ops.isNumber(v)
                        ? (type == 'o' || type == 'x' || type == 'X' ? ops.index(v) : ops.toInt(v))
                        : null;
                if (converted == null) {
                    throw FormatError.typeError("%" + type + " format: "
                            + (type == 'o' || type == 'x' || type == 'X' ? "an integer" : "a real number")
                            + " is required, not " + ops.typeName(v));
                }
                iv = converted;
            }
            BigInteger value = iv instanceof BigInteger b ? b : BigInteger.valueOf(iv.longValue());
            if (prec > Integer.MAX_VALUE - 3) {
                throw FormatError.overflowError("precision too large");
            }
            String digits;
            String prefix = "";
            switch (type) {
                case 'o': digits = value.abs().toString(8); prefix = "0o"; break;
                case 'x': digits = value.abs().toString(16); prefix = "0x"; break;
                case 'X': digits = value.abs().toString(16).toUpperCase(java.util.Locale.ROOT); prefix = "0X"; break;
                default: digits = IntDigitLimit.toDecimalString(value.abs()); break;
            }
            if ((flags & F_ALT) == 0) {
                prefix = "";
            }
            StringBuilder sb = new StringBuilder(digits.length() + 4);
            if (value.signum() < 0) {
                sb.append('-');
            }
            sb.append(prefix);
            for (int i = digits.length(); i < prec; i++) {
                sb.append('0');
            }
            return sb.append(digits).toString();
        }

        String formatFloat(T v, char type, int flags, int prec) {
            Number iv = ops.intValue(v);
            double x;
            if (iv != null) {
                x = iv instanceof BigInteger b ? IntFormat.toDouble(b) : (double) iv.longValue();
            } else {
                Double d = ops.toFloat(v);
                if (d == null) {
                    throw FormatError.typeError("must be real number, not " + ops.typeName(v));
                }
                x = d;
            }
            return FloatToString.format(x, type, prec < 0 ? 6 : prec, (flags & F_ALT) != 0 ? FloatToString.ALT : 0);
        }

        int formatChar(T v) {
            String s = ops.strValue(v);
            if (s != null) {
                if (s.codePointCount(0, s.length()) == 1) {
                    return s.codePointAt(0);
                }
                throw FormatError.typeError("%c requires int or char");
            }
            Number n = ops.intValue(v);
            if (n == null) {
                n = ops.index(v);
            }
            if (n == null) {
                throw FormatError.typeError("%c requires int or char");
            }
            if (n instanceof BigInteger b && b.bitLength() > 63) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            long x = n.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            return (int) x;
        }

        /** CPython's {@code unicode_format_arg_output}: sign, prefix, padding and truncation. */
        void output(String str, char ch, int flags, long width, int prec, boolean numeric) {
            char fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
            int len = str.codePointCount(0, str.length());
            if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
                out.append(str);
                return;
            }
            if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
                len = prec;
            }
            int index = 0; // in code points
            char signChar = 0;
            boolean sign = numeric;
            if (sign) {
                char first = str.charAt(0);
                if (first == '-' || first == '+') {
                    signChar = first;
                    len--;
                    index++;
                } else if ((flags & F_SIGN) != 0) {
                    signChar = '+';
                } else if ((flags & F_BLANK) != 0) {
                    signChar = ' ';
                } else {
                    sign = false;
                }
            }
            if (width < len) {
                width = len;
            }
            NumberLayout.checkSize(width + 1);
            if (sign) {
                if (fill != ' ') {
                    out.append(signChar);
                }
                if (width > len) {
                    width--;
                }
            }
            boolean altPrefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
            if (altPrefix) {
                if (fill != ' ') {
                    out.append('0').append(ch);
                    index += 2;
                }
                width -= 2;
                if (width < 0) {
                    width = 0;
                }
                len -= 2;
            }
            if (width > len && (flags & F_LJUST) == 0) {
                NumberLayout.fill(out, fill, width - len);
                width = len;
            }
            if (fill == ' ') {
                if (sign) {
                    out.append(signChar);
                }
                if (altPrefix) {
                    out.append('0').append(ch);
                    index += 2;
                }
            }
            if (len > 0) {
                int begin = str.offsetByCodePoints(0, index);
                out.append(str, begin, str.offsetByCodePoints(begin, len));
            }
            if (width > len) {
                NumberLayout.fill(out, ' ', width - len);
            }
        }
    }
}

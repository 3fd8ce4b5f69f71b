package dev.weft.runtime.format;

/**
 * A parsed standard format specifier,
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]},
 * as CPython 3.13's {@code parse_internal_render_format_spec} reads and validates it.
 *
 * @param fill       fill character (a code point)
 * @param align      one of {@code < > = ^}
 * @param sign       {@code '+'}, {@code '-'}, {@code ' '} or 0 when absent
 * @param noNegZero  the {@code z} flag
 * @param alternate  the {@code #} flag
 * @param width      minimum width, or -1
 * @param grouping   0, {@code ','} or {@code '_'}
 * @param groupSize  3, or 4 for {@code _} with b o x X
 * @param precision  precision, or -1
 * @param type       the presentation type (a code point), or 0 when absent
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
                         long width, char grouping, int groupSize, long precision, int type) {

    /**
     * Parses {@code spec} for a value of Python type {@code typeName} (used in messages),
     * with the type's default presentation type (0 for none) and default alignment.
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        // programs format with a handful of literal specs again and again: parse each once
        String key = spec + '\u0000' + (char) defaultType + defaultAlign;
        FormatSpec cached = PARSED.get(key);
        if (cached != null) {
            return cached;
        }
        FormatSpec parsed = parseText(spec, typeName, defaultType, defaultAlign);
        if (PARSED.size() < MAX_CACHED) {
            PARSED.putIfAbsent(key, parsed);
        }
        return parsed;
    }

    private static final int MAX_CACHED = 512;
    /** Valid specs parsed so far (a spec that fails to parse is never cached: its error names the type). */
    private static final java.util.concurrent.ConcurrentHashMap<String, FormatSpec> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static FormatSpec parseText(String spec, String typeName, int defaultType, char defaultAlign) {
        int[] cps = spec.codePoints().toArray();
        int end = cps.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(cps[pos + 1])) {
            align = (char) cps[pos + 1];
            fill = cps[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cps[pos])) {
            align = (char) cps[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-')) {
            sign = (char) cps[pos];
            pos++;
        }
        boolean noNegZero = false;
        if (end - pos >= 1 && cps[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && cps[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] number = new long[1];
        int consumed = readInteger(cps, pos, end, number);
        long width = consumed == 0 ? -1 : number[0];
        pos += consumed;
        char grouping = 0;
        if (end - pos >= 1 && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == '_') {
            if (grouping != 0) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == ',') {
            throw FormatError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (end - pos >= 1 && cps[pos] == '.') {
            pos++;
            consumed = readInteger(cps, pos, end, number);
            if (consumed == 0) {
                throw FormatError.valueError("Format specifier missing precision");
            }
            precision = number[0];
            pos += consumed;
        }
        if (end - pos > 1) {
            throw FormatError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = cps[pos];
        }
        int groupSize = 3;
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        groupSize = 4;
                        break;
                    }
                    throw FormatError.valueError("Cannot specify '" + grouping + "' with " + quoteCode(type) + ".");
                default:
                    throw FormatError.valueError("Cannot specify '" + grouping + "' with " + quoteCode(type) + ".");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, groupSize, precision, type);
    }

    /** The error for a presentation type the value's type does not support. */
    public static FormatError unknownType(int type, String typeName) {
        return FormatError.valueError("Unknown format code " + quoteCode(type) + " for object of type '" + typeName + "'");
    }

    /** A type code as CPython quotes it in messages: 'x' when printable ASCII, else '\x..'. */
    static String quoteCode(int c) {
        if (c > 32 && c < 128) {
            return "'" + (char) c + "'";
        }
        return "'\\x" + Integer.toHexString(c) + "'";
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Reads decimal digits (any Unicode decimal digit, as CPython); returns how many. */
    private static int readInteger(int[] cps, int pos, int end, long[] result) {
        long acc = 0;
        int n = 0;
        for (; pos < end; pos++, n++) {
            int d = Character.getType(cps[pos]) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cps[pos], 10) : -1;
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        result[0] = acc;
        return n;
    }
}

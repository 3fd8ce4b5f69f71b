package dev.weft.runtime.format;

/**
 * Lays out a formatted number as CPython's {@code calc_number_widths}/{@code fill_number} do:
 * {@code <lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>},
 * where at most one padding is non-empty and zero fill with '=' alignment goes into the
 * grouped digits (so the zeros are grouped too).
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param signChar  '-' when the number is negative, else 0
     * @param prefix    "0x" etc. (already in the right case), or ""
     * @param digits    the integer digits (ASCII), possibly empty
     * @param hasDecimal whether a decimal point follows the digits
     * @param remainder what follows the decimal point (or the digits): fraction, exponent, '%'
     * @param signMode  the spec's sign option ('+', ' ', '-' or 0)
     * @param fill      fill code point
     * @param align     alignment
     * @param width     minimum width or -1
     * @param separator grouping separator, or 0 for none
     * @param groupSize digits per group
     */
    static void render(StringBuilder out, char signChar, String prefix, String digits, boolean hasDecimal,
                       String remainder, char signMode, int fill, char align, long width,
                       char separator, int groupSize) {
        char sign = 0;
        switch (signMode) {
            case '+': sign = signChar == '-' ? '-' : '+'; break;
            case ' ': sign = signChar == '-' ? '-' : ' '; break;
            default: if (signChar == '-') sign = '-'; break;
        }
        long nRemainder = remainder.codePointCount(0, remainder.length());
        long nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0) + nRemainder;
        long minWidth = (fill == '0' && align == '=') ? width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, separator, groupSize);
        long padding = width - (nonDigits + grouped.length());
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0) {
            switch (align) {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        checkSize(out.length() + width);
        fill(out, fill, lpad);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(prefix);
        fill(out, fill, spad);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        fill(out, fill, rpad);
    }

    /**
     * The digits with separators every {@code groupSize} from the right, left-padded with
     * zeros (grouped as well) up to at least {@code minWidth} characters, as CPython's
     * {@code _PyUnicode_InsertThousandsGrouping}.
     */
    static String group(String digits, long minWidth, char separator, int groupSize) {
        int remaining = digits.length();
        if (separator == 0) {
            long l = Math.max(Math.max(remaining, minWidth), 1);
            checkSize(l);
            StringBuilder sb = new StringBuilder((int) l);
            fill(sb, '0', l - remaining);
            return sb.append(digits).toString();
        }
        checkSize(Math.max(minWidth, 0) + remaining * 2L);
        StringBuilder rev = new StringBuilder(Math.max((int) Math.min(minWidth, Integer.MAX_VALUE), remaining + remaining / groupSize) + 1);
        boolean useSeparator = false;
        int pos = digits.length(); // digits still to copy are [0, pos)
        while (true) {
            long l = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            long zeros = Math.max(0, l - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, l));
            if (useSeparator) {
                rev.append(separator);
            }
            for (int i = 0; i < chars; i++) {
                rev.append(digits.charAt(--pos));
            }
            fill(rev, '0', zeros);
            useSeparator = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }

    static void fill(StringBuilder sb, int codePoint, long n) {
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (long i = 0; i < n; i++) {
                sb.append((char) codePoint);
            }
        } else {
            for (long i = 0; i < n; i++) {
                sb.appendCodePoint(codePoint);
            }
        }
    }

    /** Widths beyond what a Java string can hold fail like CPython's allocation failure. */
    static void checkSize(long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw new FormatError("MemoryError", "");
        }
    }
}

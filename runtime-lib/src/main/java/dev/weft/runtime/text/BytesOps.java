package dev.weft.runtime.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Case, predicate, padding, stripping and translation methods of {@code bytes} and
 * {@code bytearray}: ASCII-only semantics, as CPython's bytes_methods.c. Results are new arrays.
 */
public final class BytesOps {
    private BytesOps() {
    }

    /** Python's bytes whitespace: space, \t, \n, \v, \f, \r. */
    static boolean isSpace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D);
    }

    private static boolean isLowerByte(byte b) {
        return b >= 'a' && b <= 'z';
    }

    private static boolean isUpperByte(byte b) {
        return b >= 'A' && b <= 'Z';
    }

    private static boolean isAlphaByte(byte b) {
        return isLowerByte(b) || isUpperByte(b);
    }

    private static boolean isDigitByte(byte b) {
        return b >= '0' && b <= '9';
    }

    private static byte toLower(byte b) {
        return isUpperByte(b) ? (byte) (b + 32) : b;
    }

    private static byte toUpper(byte b) {
        return isLowerByte(b) ? (byte) (b - 32) : b;
    }

    /**
     * The fill byte of center/ljust/rjust: TypeError "{method}() argument 2 must be a byte string
     * of length 1, not {typeName}" unless {@code fill} has one byte.
     */
    public static byte fillByte(String method, byte[] fill, String typeName) {
        if (fill == null || fill.length != 1) {
            throw TextError.typeError(method + "() argument 2 must be a byte string of length 1, not "
                    + typeName);
        }
        return fill[0];
    }

    public static byte[] lower(byte[] a) {
        byte[] r = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = toLower(a[i]);
        }
        return r;
    }

    public static byte[] upper(byte[] a) {
        byte[] r = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = toUpper(a[i]);
        }
        return r;
    }

    public static byte[] swapcase(byte[] a) {
        byte[] r = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            byte b = a[i];
            r[i] = isUpperByte(b) ? toLower(b) : toUpper(b);
        }
        return r;
    }

    public static byte[] capitalize(byte[] a) {
        byte[] r = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = i == 0 ? toUpper(a[i]) : toLower(a[i]);
        }
        return r;
    }

    public static byte[] title(byte[] a) {
        byte[] r = new byte[a.length];
        boolean previousIsCased = false;
        for (int i = 0; i < a.length; i++) {
            byte b = a[i];
            r[i] = previousIsCased ? toLower(b) : toUpper(b);
            previousIsCased = isAlphaByte(b);
        }
        return r;
    }

    public static boolean isalpha(byte[] a) {
        return all(a, 1);
    }

    public static boolean isalnum(byte[] a) {
        return all(a, 2);
    }

    public static boolean isdigit(byte[] a) {
        return all(a, 3);
    }

    public static boolean isspace(byte[] a) {
        return all(a, 4);
    }

    private static boolean all(byte[] a, int kind) {
        if (a.length == 0) {
            return false;
        }
        for (byte b : a) {
            boolean ok;
            switch (kind) {
                case 1: ok = isAlphaByte(b); break;
                case 2: ok = isAlphaByte(b) || isDigitByte(b); break;
                case 3: ok = isDigitByte(b); break;
                default: ok = isSpace(b); break;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static boolean isascii(byte[] a) {
        for (byte b : a) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean islower(byte[] a) {
        boolean cased = false;
        for (byte b : a) {
            if (isUpperByte(b)) {
                return false;
            }
            cased |= isLowerByte(b);
        }
        return cased;
    }

    public static boolean isupper(byte[] a) {
        boolean cased = false;
        for (byte b : a) {
            if (isLowerByte(b)) {
                return false;
            }
            cased |= isUpperByte(b);
        }
        return cased;
    }

    public static boolean istitle(byte[] a) {
        boolean cased = false;
        boolean previousIsCased = false;
        for (byte b : a) {
            if (isUpperByte(b)) {
                if (previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else if (isLowerByte(b)) {
                if (!previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
        }
        return cased;
    }

    private static byte[] pad(byte[] a, int left, int right, byte fill) {
        byte[] r = new byte[a.length + left + right];
        Arrays.fill(r, 0, left, fill);
        System.arraycopy(a, 0, r, left, a.length);
        Arrays.fill(r, left + a.length, r.length, fill);
        return r;
    }

    public static byte[] center(byte[] a, int width, byte fill) {
        if (a.length >= width) {
            return a.clone();
        }
        int marg = width - a.length;
        int left = marg / 2 + (marg & width & 1);
        return pad(a, left, marg - left, fill);
    }

    public static byte[] ljust(byte[] a, int width, byte fill) {
        return a.length >= width ? a.clone() : pad(a, 0, width - a.length, fill);
    }

    public static byte[] rjust(byte[] a, int width, byte fill) {
        return a.length >= width ? a.clone() : pad(a, width - a.length, 0, fill);
    }

    public static byte[] zfill(byte[] a, int width) {
        if (a.length >= width) {
            return a.clone();
        }
        byte[] r = pad(a, width - a.length, 0, (byte) '0');
        if (a.length > 0 && (a[0] == '+' || a[0] == '-')) {
            r[0] = a[0];
            r[width - a.length] = '0';
        }
        return r;
    }

    public static byte[] expandtabs(byte[] a, int tabsize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length);
        long column = 0;
        for (byte b : a) {
            if (b == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (column % tabsize);
                    column += incr;
                    if (out.size() + incr > Integer.MAX_VALUE - 16) {
                        throw new TextError("OverflowError", "result too long");
                    }
                    for (long k = 0; k < incr; k++) {
                        out.write(' ');
                    }
                }
            } else {
                column++;
                out.write(b);
                if (b == '\n' || b == '\r') {
                    column = 0;
                }
            }
        }
        return out.toByteArray();
    }

    /** {@code a.strip(chars)}; {@code chars == null} strips ASCII whitespace. */
    public static byte[] strip(byte[] a, byte[] chars) {
        return doStrip(a, chars, true, true);
    }

    public static byte[] lstrip(byte[] a, byte[] chars) {
        return doStrip(a, chars, true, false);
    }

    public static byte[] rstrip(byte[] a, byte[] chars) {
        return doStrip(a, chars, false, true);
    }

    private static boolean strippable(byte b, byte[] chars) {
        if (chars == null) {
            return isSpace(b);
        }
        for (byte c : chars) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    private static byte[] doStrip(byte[] a, byte[] chars, boolean left, boolean right) {
        int i = 0;
        int j = a.length;
        if (left) {
            while (i < j && strippable(a[i], chars)) {
                i++;
            }
        }
        if (right) {
            while (j > i && strippable(a[j - 1], chars)) {
                j--;
            }
        }
        return Arrays.copyOfRange(a, i, j);
    }

    /** {@code a.splitlines(keepends)}: boundaries \n, \r and \r\n only. */
    public static List<byte[]> splitlines(byte[] a, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int n = a.length;
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && a[i] != '\n' && a[i] != '\r') {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (a[i] == '\r' && i + 1 < n && a[i + 1] == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.add(Arrays.copyOfRange(a, j, eol));
        }
        return out;
    }

    /**
     * {@code a.translate(table, delete)}: {@code table} is null or 256 bytes (ValueError
     * "translation table must be 256 characters long"); {@code delete} may be null.
     */
    public static byte[] translate(byte[] a, byte[] table, byte[] delete) {
        if (table != null && table.length != 256) {
            throw TextError.valueError("translation table must be 256 characters long");
        }
        boolean[] deleted = new boolean[256];
        if (delete != null) {
            for (byte d : delete) {
                deleted[d & 0xFF] = true;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length);
        for (byte b : a) {
            if (!deleted[b & 0xFF]) {
                out.write(table == null ? b : table[b & 0xFF]);
            }
        }
        return out.toByteArray();
    }

    /** {@code bytes.maketrans(from, to)}: a 256-byte table. */
    public static byte[] maketrans(byte[] from, byte[] to) {
        if (from.length != to.length) {
            throw TextError.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            table[from[i] & 0xFF] = to[i];
        }
        return table;
    }
}

package dev.weft.runtime.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The searching, splitting and replacing methods of Python's {@code bytes} and
 * {@code bytearray}, over exact-length {@code byte[]} values. {@code start}/{@code end} are
 * taken as Python gives them; pass {@code 0} and {@link StrSearch#END} for None. The
 * {@code sub} of find/count/index may be a single byte given as an int (see {@link #byteArg}).
 */
public final class BytesSearch {
    private static final byte[] EMPTY = new byte[0];

    private BytesSearch() {
    }

    /** An int argument standing for one byte; ValueError "byte must be in range(0, 256)". */
    public static byte[] byteArg(long value) {
        if (value < 0 || value > 255) {
            throw TextError.valueError("byte must be in range(0, 256)");
        }
        return new byte[] {(byte) value};
    }

    static boolean regionMatches(byte[] a, int at, byte[] b) {
        if (at < 0 || at + b.length > a.length) {
            return false;
        }
        for (int k = 0; k < b.length; k++) {
            if (a[at + k] != b[k]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] a, byte[] sub, int from, int to) {
        int last = to - sub.length;
        if (sub.length == 0) {
            return from <= last ? from : -1;
        }
        byte first = sub[0];
        for (int i = from; i <= last; i++) {
            if (a[i] == first && regionMatches(a, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(byte[] a, byte[] sub, int from, int to) {
        for (int i = to - sub.length; i >= from; i--) {
            if (regionMatches(a, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    public static int find(byte[] a, byte[] sub, int start, int end) {
        int[] r = StrSearch.adjust(start, end, a.length);
        if ((long) r[1] - r[0] < sub.length) {
            return -1;
        }
        return indexOf(a, sub, r[0], r[1]);
    }

    public static int rfind(byte[] a, byte[] sub, int start, int end) {
        int[] r = StrSearch.adjust(start, end, a.length);
        if ((long) r[1] - r[0] < sub.length) {
            return -1;
        }
        return lastIndexOf(a, sub, r[0], r[1]);
    }

    /** {@code a.index(sub, start, end)}: ValueError "subsection not found". */
    public static int index(byte[] a, byte[] sub, int start, int end) {
        int i = find(a, sub, start, end);
        if (i < 0) {
            throw TextError.valueError("subsection not found");
        }
        return i;
    }

    public static int rindex(byte[] a, byte[] sub, int start, int end) {
        int i = rfind(a, sub, start, end);
        if (i < 0) {
            throw TextError.valueError("subsection not found");
        }
        return i;
    }

    public static boolean contains(byte[] a, byte[] sub) {
        return indexOf(a, sub, 0, a.length) >= 0;
    }

    public static int count(byte[] a, byte[] sub, int start, int end) {
        int[] r = StrSearch.adjust(start, end, a.length);
        if ((long) r[1] - r[0] < sub.length) {
            return 0;
        }
        if (sub.length == 0) {
            return r[1] - r[0] + 1;
        }
        int count = 0;
        int from = r[0];
        while (true) {
            int i = indexOf(a, sub, from, r[1]);
            if (i < 0) {
                return count;
            }
            count++;
            from = i + sub.length;
        }
    }

    public static boolean startswith(byte[] a, byte[] prefix, int start, int end) {
        return tailMatch(a, prefix, start, end, false);
    }

    public static boolean startswith(byte[] a, byte[][] prefixes, int start, int end) {
        for (byte[] p : prefixes) {
            if (tailMatch(a, p, start, end, false)) {
                return true;
            }
        }
        return false;
    }

    public static boolean endswith(byte[] a, byte[] suffix, int start, int end) {
        return tailMatch(a, suffix, start, end, true);
    }

    public static boolean endswith(byte[] a, byte[][] suffixes, int start, int end) {
        for (byte[] p : suffixes) {
            if (tailMatch(a, p, start, end, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tailMatch(byte[] a, byte[] sub, int start, int end, boolean atEnd) {
        int[] r = StrSearch.adjust(start, end, a.length);
        int last = r[1] - sub.length;
        if (last < r[0]) {
            return false;
        }
        return regionMatches(a, atEnd ? last : r[0], sub);
    }

    public static byte[] removeprefix(byte[] a, byte[] prefix) {
        if (regionMatches(a, 0, prefix)) {
            return slice(a, prefix.length, a.length);
        }
        return a.clone();
    }

    public static byte[] removesuffix(byte[] a, byte[] suffix) {
        if (suffix.length > 0 && regionMatches(a, a.length - suffix.length, suffix)) {
            return slice(a, 0, a.length - suffix.length);
        }
        return a.clone();
    }

    static byte[] slice(byte[] a, int from, int to) {
        return java.util.Arrays.copyOfRange(a, from, to);
    }

    /** {@code a.replace(old, new, count)}; negative count replaces all. */
    public static byte[] replace(byte[] a, byte[] old, byte[] replacement, int count) {
        if (count < 0) {
            count = Integer.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length);
        if (old.length == 0) {
            int i = 0;
            while (count > 0 && i < a.length) {
                out.writeBytes(replacement);
                out.write(a[i++]);
                count--;
            }
            if (i < a.length) {
                out.write(a, i, a.length - i);
            } else if (count > 0) {
                out.writeBytes(replacement);
            }
            return out.toByteArray();
        }
        int from = 0;
        while (count > 0) {
            int i = indexOf(a, old, from, a.length);
            if (i < 0) {
                break;
            }
            out.write(a, from, i - from);
            out.writeBytes(replacement);
            from = i + old.length;
            count--;
        }
        out.write(a, from, a.length - from);
        return out.toByteArray();
    }

    /** {@code a.split(sep, maxsplit)}; {@code sep == null} splits on ASCII whitespace runs. */
    public static List<byte[]> split(byte[] a, byte[] sep, int maxsplit) {
        int maxcount = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<byte[]> out = new ArrayList<>();
        int n = a.length;
        if (sep == null) {
            int i = 0;
            while (maxcount-- > 0) {
                while (i < n && BytesOps.isSpace(a[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                i++;
                while (i < n && !BytesOps.isSpace(a[i])) {
                    i++;
                }
                out.add(slice(a, j, i));
            }
            if (i < n) {
                while (i < n && BytesOps.isSpace(a[i])) {
                    i++;
                }
                if (i != n) {
                    out.add(slice(a, i, n));
                }
            }
            return out;
        }
        checkSeparator(sep);
        int from = 0;
        while (maxcount-- > 0) {
            int i = indexOf(a, sep, from, n);
            if (i < 0) {
                break;
            }
            out.add(slice(a, from, i));
            from = i + sep.length;
        }
        out.add(slice(a, from, n));
        return out;
    }

    /** {@code a.rsplit(sep, maxsplit)}. */
    public static List<byte[]> rsplit(byte[] a, byte[] sep, int maxsplit) {
        int maxcount = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<byte[]> out = new ArrayList<>();
        if (sep == null) {
            int i = a.length - 1;
            while (maxcount-- > 0) {
                while (i >= 0 && BytesOps.isSpace(a[i])) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !BytesOps.isSpace(a[i])) {
                    i--;
                }
                out.add(slice(a, i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && BytesOps.isSpace(a[i])) {
                    i--;
                }
                if (i >= 0) {
                    out.add(slice(a, 0, i + 1));
                }
            }
            Collections.reverse(out);
            return out;
        }
        checkSeparator(sep);
        int to = a.length;
        while (maxcount-- > 0) {
            int i = lastIndexOf(a, sep, 0, to);
            if (i < 0) {
                break;
            }
            out.add(slice(a, i + sep.length, to));
            to = i;
        }
        out.add(slice(a, 0, to));
        Collections.reverse(out);
        return out;
    }

    /** {@code a.partition(sep)}: three new arrays. */
    public static byte[][] partition(byte[] a, byte[] sep) {
        checkSeparator(sep);
        int i = indexOf(a, sep, 0, a.length);
        if (i < 0) {
            return new byte[][] {a.clone(), EMPTY, EMPTY};
        }
        return new byte[][] {slice(a, 0, i), sep.clone(), slice(a, i + sep.length, a.length)};
    }

    public static byte[][] rpartition(byte[] a, byte[] sep) {
        checkSeparator(sep);
        int i = lastIndexOf(a, sep, 0, a.length);
        if (i < 0) {
            return new byte[][] {EMPTY, EMPTY, a.clone()};
        }
        return new byte[][] {slice(a, 0, i), sep.clone(), slice(a, i + sep.length, a.length)};
    }

    private static void checkSeparator(byte[] sep) {
        if (sep.length == 0) {
            throw TextError.valueError("empty separator");
        }
    }

    /** {@code sep.join(items)}. */
    public static byte[] join(byte[] sep, List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(items.get(i));
        }
        return out.toByteArray();
    }
}

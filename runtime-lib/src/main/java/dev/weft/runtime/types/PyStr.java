package dev.weft.runtime.types;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code str}: a Java String with code-point semantics. A string without surrogate pairs (the
 * common case) indexes by char directly; otherwise the code-point offsets are computed once
 * and cached. Caches are racy-benign (idempotent values, like {@code String.hash}).
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = new PyType("str", PyStr.class, PyType.OBJECT, StrMethods::define,
            PyType.BASETYPE | PyType.IMMUTABLE);

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    private static final PyStr[] LATIN1 = new PyStr[256];
    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }
    /**
     * The other one-character strs of the BMP, made on first use: scanning text outside Latin-1
     * char by char then neither allocates nor rehashes (dict lookups of each char). Published
     * with release/acquire, as a str's length and hash fields are not final.
     */
    private static final AtomicReferenceArray<PyStr> BMP = new AtomicReferenceArray<>(0x10000);
    public static final PyStr EMPTY = intern("");

    final String value;
    /** Code-point count, or -1 before it is computed. */
    private int cpLength = -1;
    /** For strings with surrogate pairs: char offset of each code point (length cpLength + 1). */
    private int[] offsets;
    /**
     * The cached hash, 0 until computed (a string whose hash is 0 recomputes it). One volatile
     * field, so a racing reader sees either 0 or the whole value, never a flag without its hash.
     */
    private volatile long hash;

    protected PyStr(String value) {
        this.value = value;
    }

    /** A str whose code-point count the caller knows (saves counting on the first len/index). */
    private PyStr(String value, int cpLength) {
        this.value = value;
        this.cpLength = cpLength;
    }

    public static PyStr of(String s) {
        if (s.length() <= 1) {
            if (s.isEmpty()) {
                return EMPTY;
            }
            return ofChar(s.charAt(0));
        }
        return new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        if (cp <= 0xFFFF) {
            return ofChar((char) cp);
        }
        return new PyStr(Character.toString(cp), 1);
    }

    /** The one-character str of the UTF-16 unit {@code c} (a BMP code point or a lone surrogate). */
    public static PyStr ofChar(char c) {
        if (c < 256) {
            return LATIN1[c];
        }
        PyStr s = BMP.getAcquire(c);
        if (s == null) {
            s = new PyStr(String.valueOf(c), 1);
            BMP.setRelease(c, s);
        }
        return s;
    }

    /** The immortal, shared instance for {@code s} (identifiers, constants). */
    public static PyStr intern(String s) {
        PyStr r = INTERNED.get(s);
        if (r != null) {
            return r;
        }
        if (s.length() == 1 && s.charAt(0) < 256) {
            return INTERNED.computeIfAbsent(s, k -> LATIN1[k.charAt(0)]);
        }
        return INTERNED.computeIfAbsent(s, PyStr::new);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public final String toString() {
        return value;
    }

    public final String value() {
        return value;
    }

    /** Number of code points ({@code len(s)}). */
    public final int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    public final boolean isBmpOnly() {
        return length() == value.length();
    }

    /** Char offset of code point {@code i} (0 <= i <= length). */
    public final int charIndex(int i) {
        if (isBmpOnly()) {
            return i;
        }
        int[] o = offsets;
        if (o == null) {
            int n = length();
            o = new int[n + 1];
            int c = 0;
            for (int k = 0; k < n; k++) {
                o[k] = c;
                c += Character.charCount(value.codePointAt(c));
            }
            o[n] = c;
            offsets = o;
        }
        return o[i];
    }

    public final int codePointAt(int i) {
        if (isBmpOnly()) {
            return value.charAt(i);
        }
        return value.codePointAt(charIndex(i));
    }

    /** Code points [start, end). */
    public final String substring(int start, int end) {
        return value.substring(charIndex(start), charIndex(end));
    }

    /** The item {@code s[i]} for 0 <= i < len. */
    public final PyStr charAt(int i) {
        if (isBmpOnly()) {
            return ofChar(value.charAt(i));
        }
        return ofCodePoint(value.codePointAt(charIndex(i)));
    }

    /** The per-run seeded hash of the string. */
    public final long pyHash() {
        long h = hash;
        if (h == 0) {
            h = StrHash.hash(value);
            hash = h;
        }
        return h;
    }

    /** Code-point order comparison. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** An instance of a user subclass of str. */
    public static final class Sub extends PyStr implements Derived {
        private volatile PyType type;
        private volatile PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type, String v) {
            super(v);
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = new PyObject[type.slotCount()];
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyDict instanceDict() { return dict; }
        @Override public void setInstanceDict(PyDict d) { dict = d; }
        @Override public PyObject[] slots() { return slots; }
    }
}

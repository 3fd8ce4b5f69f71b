package dev.weft.frontend.ast;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The values a {@link Constant} (or {@link MatchSingleton}) holds, as the compiler sees them.
 *
 * <ul>
 *   <li>{@code int}: {@link BigInteger}</li>
 *   <li>{@code float}: {@link Double}</li>
 *   <li>{@code complex} (imaginary literals): {@link Imaginary}</li>
 *   <li>{@code str}: {@link String} (Java UTF-16; lone surrogates are kept as they are), or
 *       {@link CodePointStr} for the rare str a Java string cannot hold</li>
 *   <li>{@code bytes}: {@link Bytes}</li>
 *   <li>{@code True}/{@code False}: {@link Boolean}</li>
 *   <li>{@code None}: {@link #NONE}; {@code ...}: {@link #ELLIPSIS}</li>
 * </ul>
 */
public final class ConstantValue {
    private ConstantValue() {}

    /** Python's {@code None} as a constant. */
    public static final Object NONE = new Singleton("None");
    /** Python's {@code Ellipsis} as a constant. */
    public static final Object ELLIPSIS = new Singleton("Ellipsis");

    /** A singleton constant whose {@code toString} is its Python repr. */
    private static final class Singleton {
        private final String repr;

        Singleton(String repr) {
            this.repr = repr;
        }

        @Override
        public String toString() {
            return repr;
        }
    }

    /**
     * A str literal holding a lone high surrogate directly followed by a lone low surrogate
     * (written as escapes, {@code '\\ud800\\udc00'}): two code points in Python, which a Java
     * string would merge into one astral character. Kept as code points.
     */
    public record CodePointStr(int[] codePoints) {
        public CodePointStr {
            codePoints = codePoints.clone();
        }

        @Override
        public int[] codePoints() {
            return codePoints.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CodePointStr c && Arrays.equals(codePoints, c.codePoints);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codePoints);
        }

        @Override
        public String toString() {
            return "CodePointStr" + Arrays.toString(codePoints);
        }
    }

    /** An imaginary literal such as {@code 2j}: a complex number with zero real part. */
    public record Imaginary(double imag) {}

    /** A bytes literal; equality is by content. */
    public static final class Bytes {
        private final byte[] data;

        public Bytes(byte[] data) {
            this.data = data.clone();
        }

        public byte[] toArray() {
            return data.clone();
        }

        public int length() {
            return data.length;
        }

        public int get(int i) {
            return data[i] & 0xff;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes && Arrays.equals(data, ((Bytes) o).data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }
    }
}

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
 *   <li>{@code str}: {@link String} (Java UTF-16; lone surrogates are kept as they are)</li>
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

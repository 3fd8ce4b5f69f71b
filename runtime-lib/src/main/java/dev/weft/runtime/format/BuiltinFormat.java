package dev.weft.runtime.format;

import java.math.BigInteger;

/**
 * Entry points for {@code format(value, spec)} / {@code __format__} of the built-in types and
 * their reprs. {@code typeName} is the Python type name used in error messages (e.g. "bool"
 * for a bool formatted through {@code int.__format__}); the overloads without it use the
 * built-in type's name.
 *
 * <p>An empty spec means {@code str(value)}: for exact built-in types these methods return
 * it directly; for subclasses the object model must call the subclass's {@code __str__}
 * instead (CPython's {@code format(True, '')} is {@code 'True'}).
 */
public final class BuiltinFormat {
    private BuiltinFormat() {}

    public static String formatInt(long value, String spec) {
        return formatInt(value, spec, "int");
    }

    public static String formatInt(long value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return Long.toString(value);
        }
        String small = IntFormat.formatLong(value, spec, typeName);
        return small != null ? small : IntFormat.format(BigInteger.valueOf(value), spec, typeName);
    }

    public static String formatInt(BigInteger value, String spec) {
        return IntFormat.format(value, spec, "int");
    }

    public static String formatInt(BigInteger value, String spec, String typeName) {
        return IntFormat.format(value, spec, typeName);
    }

    public static String formatFloat(double value, String spec) {
        return FloatFormat.format(value, spec, "float");
    }

    public static String formatFloat(double value, String spec, String typeName) {
        return FloatFormat.format(value, spec, typeName);
    }

    public static String formatComplex(double real, double imag, String spec) {
        return ComplexFormat.format(real, imag, spec, "complex");
    }

    public static String formatComplex(double real, double imag, String spec, String typeName) {
        return ComplexFormat.format(real, imag, spec, typeName);
    }

    public static String formatStr(String value, String spec) {
        return StrFormat.format(value, spec, "str");
    }

    public static String formatStr(String value, String spec, String typeName) {
        return StrFormat.format(value, spec, typeName);
    }

    /** {@code repr(x)} == {@code str(x)} for a float. */
    public static String floatRepr(double x) {
        return FloatToString.repr(x);
    }

    /** {@code repr(complex(real, imag))} == {@code str(...)}. */
    public static String complexRepr(double real, double imag) {
        return ComplexFormat.repr(real, imag);
    }

    /** {@code float(i)} for an int: correctly rounded; OverflowError "int too large to convert to float". */
    public static double intToFloat(BigInteger value) {
        return IntFormat.toDouble(value);
    }
}

package dev.weft.runtime.format;

/**
 * What {@link PercentFormat} needs to know about the objects of a {@code format % args}
 * expression; the object model implements it for its own object type {@code T}. Methods that
 * run Python code (str, repr, __index__, __int__, __float__, __getitem__) may throw the object
 * model's own exceptions, which propagate unchanged.
 */
public interface PercentOperands<T> {
    /** The number of items when {@code args} is a tuple (or tuple subclass), else -1. */
    int tupleLength(T args);

    T tupleItem(T args, int index);

    /** CPython's test for a mapping right operand: {@code PyMapping_Check(args)} and not a tuple or str. */
    boolean isMapping(T args);

    /** {@code mapping[key]}. */
    T getItem(T mapping, String key);

    /** {@code str(v)}. */
    String str(T v);

    /** {@code repr(v)}. */
    String repr(T v);

    /** {@code ascii(v)}. */
    String ascii(T v);

    /** The name of v's type, for messages. */
    String typeName(T v);

    /** When v is an int (including bool and other subclasses): its value as Long or BigInteger; else null. */
    Number intValue(T v);

    /** When v is a str: its value; else null. */
    String strValue(T v);

    /** {@code PyNumber_Check(v)}: v has __index__, __int__ or __float__, or is complex. */
    boolean isNumber(T v);

    /** {@code operator.index(v)} as Long or BigInteger, or null when that raises TypeError. */
    Number index(T v);

    /** {@code int(v)} through __int__/__index__ (PyNumber_Long) as Long or BigInteger, or null on TypeError. */
    Number toInt(T v);

    /** {@code PyFloat_AsDouble(v)} (__float__, else __index__), or null when v has neither. */
    Double toFloat(T v);

    /**
     * True when the format is a bytes object ({@code bytes % args}): then the format and the
     * result are bytes held one char per byte (Latin-1), %s/%b take {@link #bytesValue}, %r/%a
     * are ascii(), %c takes an int in range(256) or one byte, and messages say "bytes".
     */
    default boolean bytesMode() {
        return false;
    }

    /** Bytes mode: the bytes of a bytes-like object or of {@code __bytes__()} as Latin-1 chars, or null. */
    default String bytesValue(T v) {
        return null;
    }
}

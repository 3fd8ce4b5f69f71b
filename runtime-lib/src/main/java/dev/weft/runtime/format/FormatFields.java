package dev.weft.runtime.format;

/**
 * The object-level operations {@link StringFormatter} needs to evaluate {@code str.format};
 * implemented by the object model for its object type {@code T}. Lookups raise the object
 * model's own exceptions (IndexError, KeyError, AttributeError...), which propagate.
 */
public interface FormatFields<T> {
    /**
     * Positional argument {@code index}. CPython raises IndexError
     * {@link StringFormatter#replacementIndexMessage(long)} when out of range, and for
     * {@code format_map} ValueError "Format string contains positional fields".
     */
    T positional(long index);

    /** Keyword argument (or format_map mapping item) {@code name}; KeyError when missing. */
    T keyword(String name);

    /** {@code getattr(obj, name)}. */
    T getAttribute(T obj, String name);

    /** {@code obj[index]} for a {@code [digits]} accessor (PySequence_GetItem for sequences). */
    T getItem(T obj, long index);

    /** {@code obj[key]} for a non-numeric {@code [key]} accessor. */
    T getItem(T obj, String key);

    /** {@code repr(obj)}, {@code str(obj)} or {@code ascii(obj)} for conversion 'r', 's' or 'a', as an object. */
    T convert(T obj, char conversion);

    /** {@code format(obj, spec)}. */
    String format(T obj, String spec);
}

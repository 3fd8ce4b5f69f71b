package dev.weft.runtime.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code str.format} field name split as CPython's {@code field_name_split}: the first part
 * (an argument index or keyword) and the {@code .attr} / {@code [key]} accessors after it,
 * iterated lazily (their syntax errors surface in order, between lookups).
 */
public final class FieldName {
    /** One accessor: {@code .name}, {@code [name]} or {@code [index]}. */
    public record Accessor(boolean isAttribute, String name, long index) {
        /** Whether this is {@code [digits]}, looked up with an int. */
        public boolean isIndex() {
            return index >= 0;
        }
    }

    /** CPython's auto-numbering state for one {@code str.format} call (shared by nested specs). */
    public static final class AutoNumber {
        private int state; // 0 init, 1 automatic, 2 manual
        private long next;
    }

    private final String text;
    private final String first;
    private final long firstIndex;
    private int pos;

    private FieldName(String text, String first, long firstIndex, int restStart) {
        this.text = text;
        this.first = first;
        this.firstIndex = firstIndex;
        this.pos = restStart;
    }

    /**
     * Splits a field name. With an {@link AutoNumber} (str.format), an empty first part takes
     * the next automatic index, and mixing automatic and manual numbering fails; without one
     * ({@code _string.formatter_field_name_split}) an empty first part stays empty.
     */
    public static FieldName split(String fieldName, AutoNumber autoNumber) {
        int i = 0;
        while (i < fieldName.length() && fieldName.charAt(i) != '.' && fieldName.charAt(i) != '[') {
            i++;
        }
        String first = fieldName.substring(0, i);
        long index = parseIndex(first);
        boolean empty = first.isEmpty();
        if (autoNumber != null && (empty || index != -1)) {
            if (autoNumber.state == 0) {
                autoNumber.state = empty ? 1 : 2;
            }
            if (autoNumber.state == 2 && empty) {
                throw FormatError.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoNumber.state == 1 && !empty) {
                throw FormatError.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = autoNumber.next++;
            }
        }
        return new FieldName(fieldName, first, index, i);
    }

    /** The text before the first '.' or '['. */
    public String first() {
        return first;
    }

    /** The positional argument index, or -1 when the first part is a keyword. */
    public long firstIndex() {
        return firstIndex;
    }

    /** The next accessor, or null when there are no more. */
    public Accessor nextAccessor() {
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos++);
        Accessor a;
        if (c == '.') {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != '.' && text.charAt(pos) != '[') {
                pos++;
            }
            a = new Accessor(true, text.substring(start, pos), -1);
        } else if (c == '[') {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != ']') {
                pos++;
            }
            if (pos >= text.length()) {
                throw FormatError.valueError("Missing ']' in format string");
            }
            String name = text.substring(start, pos);
            pos++;
            a = new Accessor(false, name, parseIndex(name));
        } else {
            throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (a.name().isEmpty()) {
            throw FormatError.valueError("Empty attribute in format string");
        }
        return a;
    }

    /** All remaining accessors. */
    public List<Accessor> remainingAccessors() {
        List<Accessor> list = new ArrayList<>();
        for (Accessor a; (a = nextAccessor()) != null; ) {
            list.add(a);
        }
        return list;
    }

    /** CPython's {@code get_integer}: decimal digits (any script) to a number, else -1. */
    static long parseIndex(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}

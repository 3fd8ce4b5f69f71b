package dev.weft.runtime.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code str.format} string into {@link MarkupPiece}s, lazily, as CPython's
 * {@code MarkupIterator}: a malformed part raises its error only when reached, so that
 * evaluating the fields in order raises the same error CPython does.
 */
public final class MarkupIterator {
    private final String s;
    private int pos;

    public MarkupIterator(String format) {
        this.s = format;
    }

    /** Every piece at once ({@code list(_string.formatter_parser(s))}). */
    public static List<MarkupPiece> parseAll(String format) {
        MarkupIterator it = new MarkupIterator(format);
        List<MarkupPiece> pieces = new ArrayList<>();
        for (MarkupPiece p; (p = it.next()) != null; ) {
            pieces.add(p);
        }
        return pieces;
    }

    /** The next piece, or null at the end. */
    public MarkupPiece next() {
        int end = s.length();
        if (pos >= end) {
            return null;
        }
        int start = pos;
        char c = 0;
        boolean markupFollows = false;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int len = pos - start;
        if (c == '}' && markupFollows && (atEnd || s.charAt(pos) != '}')) {
            throw FormatError.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markupFollows) {
            throw FormatError.valueError("Single '{' encountered in format string");
        }
        if (!atEnd && markupFollows) {
            if (s.charAt(pos) == c) {
                // A doubled brace: the literal keeps one, and no field follows.
                pos++;
                markupFollows = false;
            } else {
                len--;
            }
        }
        String literal = s.substring(start, start + len);
        if (!markupFollows) {
            return new MarkupPiece(literal, false, null, 0, null, false);
        }
        return parseField(literal);
    }

    /** CPython's {@code parse_field}: reads up to the field's closing brace. */
    private MarkupPiece parseField(String literal) {
        int end = s.length();
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw FormatError.valueError("unexpected '{' in field name");
            } else if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String fieldName = s.substring(nameStart, pos - 1 < nameStart ? nameStart : pos - 1);
        if (c == '!' || c == ':') {
            int conversion = 0;
            if (c == '!') {
                if (pos >= end) {
                    throw FormatError.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    char next = s.charAt(pos++);
                    if (next == '}') {
                        return new MarkupPiece(literal, true, fieldName, conversion, "", false);
                    }
                    if (next != ':') {
                        throw FormatError.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = pos;
            int depth = 1;
            boolean expand = false;
            while (pos < end) {
                char d = s.charAt(pos++);
                if (d == '{') {
                    expand = true;
                    depth++;
                } else if (d == '}') {
                    depth--;
                    if (depth == 0) {
                        return new MarkupPiece(literal, true, fieldName, conversion,
                                s.substring(specStart, pos - 1), expand);
                    }
                }
            }
            throw FormatError.valueError("unmatched '{' in format spec");
        }
        if (c != '}') {
            throw FormatError.valueError("expected '}' before end of string");
        }
        return new MarkupPiece(literal, true, fieldName, 0, "", false);
    }
}

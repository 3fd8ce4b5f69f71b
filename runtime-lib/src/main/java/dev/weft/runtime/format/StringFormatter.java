package dev.weft.runtime.format;

/**
 * {@code str.format} / {@code str.format_map} evaluation in CPython's order (fields looked up,
 * converted and formatted left to right; nested specs expanded at most two levels deep; one
 * auto-numbering state per call), over the object model's {@link FormatFields}.
 */
public final class StringFormatter {
    private StringFormatter() {}

    /** {@code format.format(*args, **kwargs)} given the lookups. */
    public static <T> String format(String format, FormatFields<T> fields) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        build(format, fields, 2, new FieldName.AutoNumber(), out);
        return out.toString();
    }

    /** The IndexError message for a positional field past the arguments. */
    public static String replacementIndexMessage(long index) {
        return "Replacement index " + index + " out of range for positional args tuple";
    }

    /** The ValueError message for a positional field in {@code format_map}. */
    public static final String POSITIONAL_IN_FORMAT_MAP = "Format string contains positional fields";

    private static <T> void build(String format, FormatFields<T> fields, int depth, FieldName.AutoNumber autoNumber,
                                  StringBuilder out) {
        if (depth <= 0) {
            throw FormatError.valueError("Max string recursion exceeded");
        }
        MarkupIterator it = new MarkupIterator(format);
        for (MarkupPiece piece; (piece = it.next()) != null; ) {
            out.append(piece.literal());
            if (!piece.hasField()) {
                continue;
            }
            FieldName name = FieldName.split(piece.fieldName(), autoNumber);
            T obj = name.firstIndex() >= 0 ? fields.positional(name.firstIndex()) : fields.keyword(name.first());
            for (FieldName.Accessor a; (a = name.nextAccessor()) != null; ) {
                if (a.isAttribute()) {
                    obj = fields.getAttribute(obj, a.name());
                } else if (a.isIndex()) {
                    obj = fields.getItem(obj, a.index());
                } else {
                    obj = fields.getItem(obj, a.name());
                }
            }
            int conversion = piece.conversion();
            if (conversion != 0) {
                if (conversion != 'r' && conversion != 's' && conversion != 'a') {
                    throw FormatError.valueError("Unknown conversion specifier "
                            + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                            : "\\x" + Integer.toHexString(conversion)));
                }
                obj = fields.convert(obj, (char) conversion);
            }
            String spec = piece.formatSpec();
            if (piece.specNeedsExpanding()) {
                StringBuilder expanded = new StringBuilder();
                build(spec, fields, depth - 1, autoNumber, expanded);
                spec = expanded.toString();
            }
            out.append(fields.format(obj, spec));
        }
    }
}

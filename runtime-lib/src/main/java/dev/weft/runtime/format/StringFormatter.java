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

    private static final int MAX_CACHED = 512;
    /** Format strings parsed so far, as their pieces (a string with a markup error is never cached). */
    private static final java.util.concurrent.ConcurrentHashMap<String, MarkupPiece[]> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The pieces of {@code format}, parsed once and cached, or null when it has a markup error
     * somewhere: then the caller parses as it evaluates, so that the fields before the error
     * are looked up first, as CPython does.
     */
    private static MarkupPiece[] parsed(String format) {
        MarkupPiece[] cached = PARSED.get(format);
        if (cached != null) {
            return cached;
        }
        java.util.List<MarkupPiece> pieces = new java.util.ArrayList<>();
        try {
            MarkupIterator it = new MarkupIterator(format);
            for (MarkupPiece piece; (piece = it.next()) != null; ) {
                pieces.add(piece);
            }
        } catch (FormatError e) {
            return null;
        }
        MarkupPiece[] result = pieces.toArray(new MarkupPiece[0]);
        if (PARSED.size() < MAX_CACHED) {
            PARSED.put(format, result);
        }
        return result;
    }

    private static <T> void build(String format, FormatFields<T> fields, int depth, FieldName.AutoNumber autoNumber,
                                  StringBuilder out) {
        if (depth <= 0) {
            throw FormatError.valueError("Max string recursion exceeded");
        }
        MarkupPiece[] parsed = parsed(format);
        MarkupIterator it = parsed == null ? new MarkupIterator(format) : null;
        for (int k = 0; ; k++) {
            MarkupPiece piece = parsed != null ? (k < parsed.length ? parsed[k] : null) : it.next();
            if (piece == null) {
                break;
            }
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

package dev.weft.runtime.format;

/**
 * One step of a {@code str.format} string: literal text, optionally followed by a replacement
 * field {@code {fieldName!conversion:formatSpec}}.
 *
 * @param literal            literal text (never null, maybe empty), with {{ and }} already undoubled
 * @param hasField           whether a replacement field follows the literal
 * @param fieldName          the field name (empty for auto-numbering); null without a field
 * @param conversion         the conversion code point ('r', 's', 'a', or any other, which fails
 *                           when the field is evaluated), or 0 when absent
 * @param formatSpec         the format spec (empty when absent); null without a field
 * @param specNeedsExpanding whether formatSpec contains nested replacement fields
 */
public record MarkupPiece(String literal, boolean hasField, String fieldName, int conversion, String formatSpec,
                          boolean specNeedsExpanding) {

    /**
     * This piece as {@code _string.formatter_parser} yields it: (literal, field_name,
     * format_spec, conversion), with null for Python's None.
     */
    public String[] formatterParserTuple() {
        return new String[] {literal, fieldName, formatSpec,
                conversion == 0 ? null : new String(Character.toChars(conversion))};
    }
}

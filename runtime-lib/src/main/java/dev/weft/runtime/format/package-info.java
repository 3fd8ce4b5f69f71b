/**
 * CPython 3.13-exact number and string formatting, independent of the object model: static
 * functions over Java primitives, {@link java.math.BigInteger} and {@link java.lang.String}.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.weft.runtime.format.BuiltinFormat}: {@code format(value, spec)} for int
 *       (long/BigInteger), float, complex and str; float and complex repr.</li>
 *   <li>{@link dev.weft.runtime.format.FloatToString}: float repr (shortest round-trip digits,
 *       {@link dev.weft.runtime.format.ShortestDecimal Schubfach}) and
 *       {@code PyOS_double_to_string} (codes e E f F g G r, flags).</li>
 *   <li>{@link dev.weft.runtime.format.FormatSpec}: the format-spec mini-language parser.</li>
 *   <li>{@link dev.weft.runtime.format.Rounding}: {@code round()} for float and int.</li>
 *   <li>{@link dev.weft.runtime.format.NumberParsing}: {@code float(str)}, {@code int(str, base)};
 *       {@link dev.weft.runtime.format.IntDigitLimit}: the 4300-digit limit, int to decimal str.</li>
 *   <li>{@link dev.weft.runtime.format.FloatHex}: {@code float.hex}, {@code float.fromhex}.</li>
 *   <li>{@link dev.weft.runtime.format.PercentFormat}: {@code str % args}, over the object
 *       model's {@link dev.weft.runtime.format.PercentOperands}.</li>
 *   <li>{@link dev.weft.runtime.format.StringFormatter}: {@code str.format}/{@code format_map},
 *       over the object model's {@link dev.weft.runtime.format.FormatFields};
 *       {@link dev.weft.runtime.format.MarkupIterator} / {@link dev.weft.runtime.format.MarkupPiece}
 *       ({@code _string.formatter_parser}) and {@link dev.weft.runtime.format.FieldName}
 *       ({@code _string.formatter_field_name_split}).</li>
 * </ul>
 *
 * <h2>Error contract</h2>
 * Every Python-level failure is thrown as {@link dev.weft.runtime.format.FormatError}, an
 * unchecked exception carrying the Python exception type name
 * ({@link dev.weft.runtime.format.FormatError#pythonType()}: "ValueError", "TypeError",
 * "OverflowError", and "MemoryError" for widths no Java string can hold) and CPython's exact
 * message ({@code getMessage()}). The object model converts it into an instance of that Python
 * exception type with that message (no traceback frames from this package are meaningful).
 * Exceptions thrown by the object model's own callbacks ({@code PercentOperands},
 * {@code FormatFields}) pass through unchanged. No method returns a wrong answer silently:
 * inputs outside what is implemented fail with a FormatError.
 *
 * <p>Thread safety: everything is stateless except the process-wide digit limit of
 * {@link dev.weft.runtime.format.IntDigitLimit} (a volatile int, like CPython's interpreter-wide
 * setting); the iterators ({@code MarkupIterator}, {@code FieldName}) are single-use.
 */
package dev.weft.runtime.format;

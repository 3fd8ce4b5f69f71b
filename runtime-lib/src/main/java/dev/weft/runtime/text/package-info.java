/**
 * Python 3.13's {@code str} and {@code bytes} behaviour as static functions over Java values,
 * CPython-exact, independent of the JDK's Unicode version. The object model wires
 * {@code str}/{@code bytes}/{@code bytearray} methods to these functions.
 *
 * <h2>Values</h2>
 * <ul>
 * <li>A Python {@code str} is a Java {@link java.lang.String}. All lengths, indices and results
 *     that are indices count <em>code points</em> ({@link dev.weft.runtime.text.CodePoints}):
 *     a non-BMP character is one character. A String without surrogates has equal char and
 *     code-point indices ({@code CodePoints.hasSurrogates}); callers may cache that and index
 *     such strings in O(1).</li>
 * <li>Lone surrogates (from {@code surrogateescape}, {@code surrogatepass} or literals such as
 *     {@code '\udc80'}) are unpaired {@code char}s in the String and count as one code point.
 *     Limit: a lone high surrogate immediately followed by a lone low surrogate cannot be told
 *     from a supplementary character, so Python's two-character {@code '\ud83d' + '\ude00'}
 *     becomes the one character U+1F600 here. Searching never matches half of a real pair.</li>
 * <li>A code point is an {@code int}. {@code bytes}/{@code bytearray} contents are exact-length
 *     {@code byte[]}; functions never mutate their arguments and return new arrays.</li>
 * <li>Optional {@code start}/{@code end} arguments are taken as Python passes them (negative
 *     from the end, clamped); None is {@code 0} / {@link dev.weft.runtime.text.StrSearch#END}.
 *     Big Python ints are clamped to the int range by the caller, as CPython clamps to
 *     Py_ssize_t.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Every failure is a {@link dev.weft.runtime.text.TextError} whose {@code pythonType()} names the
 * built-in exception ("ValueError", "TypeError", "LookupError", "IndexError", "OverflowError")
 * and whose message is CPython 3.13's, e.g. ValueError "substring not found", "subsection not
 * found", "empty separator"; TypeError "The fill character must be exactly one character long";
 * LookupError "unknown encoding: xyz". Codec failures are the subclass
 * {@link dev.weft.runtime.text.UnicodeCodecError} ("UnicodeDecodeError"/"UnicodeEncodeError")
 * with CPython's attributes {@code encoding, object, start, end, reason}. Type checks of
 * arguments (e.g. "must be str, not int") belong to the object model. Exceptions thrown by
 * callbacks ({@link dev.weft.runtime.text.StrTranslate.Table},
 * {@link dev.weft.runtime.text.CustomErrorHandler}) propagate unchanged.
 *
 * <h2>Classes</h2>
 * <ul>
 * <li>{@link dev.weft.runtime.text.UnicodeDatabase}: Unicode 15.1 properties (category, bidi,
 *     east-asian width, str predicates, decimal/digit/numeric, full case mappings) from a table
 *     generated from CPython 3.13 by {@code tools/gen_text_unicode.py}; loaded on first use.</li>
 * <li>{@link dev.weft.runtime.text.UnicodeNames}: character names and {@code \N{...}} lookup.</li>
 * <li>{@link dev.weft.runtime.text.CodePoints}: length, index translation, slices, comparison.</li>
 * <li>{@link dev.weft.runtime.text.StrSearch}, {@link dev.weft.runtime.text.StrCase},
 *     {@link dev.weft.runtime.text.StrLayout}, {@link dev.weft.runtime.text.StrTranslate},
 *     {@link dev.weft.runtime.text.StrRepr}: the str methods, {@code repr()} and
 *     {@code ascii()}.</li>
 * <li>{@link dev.weft.runtime.text.BytesSearch}, {@link dev.weft.runtime.text.BytesOps},
 *     {@link dev.weft.runtime.text.BytesHex}: the bytes/bytearray methods, hex/fromhex,
 *     {@code repr()}.</li>
 * <li>{@link dev.weft.runtime.text.Codecs}, {@link dev.weft.runtime.text.CodecRegistry}:
 *     {@code str.encode}/{@code bytes.decode} with Python's codec names and aliases, the
 *     built-in error handlers and registered ones.</li>
 * </ul>
 */
package dev.weft.runtime.text;

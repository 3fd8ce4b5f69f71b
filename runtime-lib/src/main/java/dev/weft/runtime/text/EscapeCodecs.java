package dev.weft.runtime.text;

/** The unicode_escape and raw_unicode_escape codecs. */
final class EscapeCodecs {
    private EscapeCodecs() {
    }

    /** unicode_escape: printable ASCII kept (except backslash), everything else escaped. */
    static final CodecEncoder UNICODE_ESCAPE_ENCODER = new CodecEncoder("unicodeescape", "") {
        @Override
        boolean encodable(int cp) {
            return true;
        }

        @Override
        void put(ByteSink out, int c) {
            if (c == '\\') {
                ascii(out, "\\\\");
            } else if (c == '\t') {
                ascii(out, "\\t");
            } else if (c == '\n') {
                ascii(out, "\\n");
            } else if (c == '\r') {
                ascii(out, "\\r");
            } else if (c >= ' ' && c < 0x7F) {
                out.put(c);
            } else {
                escape(out, c);
            }
        }
    };

    /** raw_unicode_escape: Latin-1 kept as bytes, the rest as \\uXXXX / \\UXXXXXXXX. */
    static final CodecEncoder RAW_UNICODE_ESCAPE_ENCODER =
            new CodecEncoder("rawunicodeescape", "") {
                @Override
                boolean encodable(int cp) {
                    return true;
                }

                @Override
                void put(ByteSink out, int c) {
                    if (c < 0x100) {
                        out.put(c);
                    } else {
                        escape(out, c);
                    }
                }
            };

    private static void ascii(ByteSink out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.put(s.charAt(i));
        }
    }

    private static void escape(ByteSink out, int c) {
        StringBuilder sb = new StringBuilder(10);
        if (c <= 0xFF) {
            StrRepr.hex(sb, 'x', c, 2);
        } else if (c <= 0xFFFF) {
            StrRepr.hex(sb, 'u', c, 4);
        } else {
            StrRepr.hex(sb, 'U', c, 8);
        }
        ascii(out, sb.toString());
    }

    private static int hexValue(int b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    private static final String CODEC = "unicodeescape";

    static String decodeUnicodeEscape(byte[] in, String errors) {
        StringBuilder out = new StringBuilder(in.length);
        int n = in.length;
        int i = 0;
        while (i < n) {
            int b = in[i] & 0xFF;
            if (b != '\\') {
                out.append((char) b);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                i = ErrorHandlers.decodeError(CODEC, in, start, n, "\\ at end of string", errors,
                        out, null);
                continue;
            }
            int c = in[i++] & 0xFF;
            switch (c) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out.append((char) c);
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 'v':
                    out.append('\u000B');
                    break;
                case 'a':
                    out.append('\u0007');
                    break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && in[i] >= '0' && in[i] <= '7'; k++) {
                        v = v * 8 + (in[i++] - '0');
                    }
                    out.append((char) v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U': {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String reason = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long v = 0;
                    int k = 0;
                    while (k < digits && i < n && hexValue(in[i] & 0xFF) >= 0) {
                        v = v * 16 + hexValue(in[i++] & 0xFF);
                        k++;
                    }
                    if (k < digits) {
                        i = ErrorHandlers.decodeError(CODEC, in, start, i, reason, errors, out,
                                null);
                    } else if (v > Character.MAX_CODE_POINT) {
                        i = ErrorHandlers.decodeError(CODEC, in, start, i,
                                "illegal Unicode character", errors, out, null);
                    } else {
                        out.appendCodePoint((int) v);
                    }
                    break;
                }
                case 'N': {
                    String reason = "malformed \\N character escape";
                    if (i < n && in[i] == '{') {
                        int nameStart = ++i;
                        while (i < n && in[i] != '}') {
                            i++;
                        }
                        if (i < n && i > nameStart) {
                            String name = new String(in, nameStart, i - nameStart,
                                    java.nio.charset.StandardCharsets.ISO_8859_1);
                            i++;
                            int cp = UnicodeNames.lookup(name);
                            if (cp >= 0) {
                                out.appendCodePoint(cp);
                                break;
                            }
                            reason = "unknown Unicode character name";
                        }
                    }
                    i = ErrorHandlers.decodeError(CODEC, in, start, i, reason, errors, out, null);
                    break;
                }
                default:
                    // Unknown escapes are kept (CPython also warns: invalid escape sequence).
                    out.append('\\').append((char) c);
                    break;
            }
        }
        return out.toString();
    }

    private static final String RAW = "rawunicodeescape";

    static String decodeRawUnicodeEscape(byte[] in, String errors) {
        StringBuilder out = new StringBuilder(in.length);
        int n = in.length;
        int i = 0;
        while (i < n) {
            int b = in[i] & 0xFF;
            if (b != '\\') {
                out.append((char) b);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                out.append('\\');
                i++;
                continue;
            }
            int c = in[i + 1] & 0xFF;
            if (c != 'u' && c != 'U') {
                out.append('\\').append((char) c);
                i += 2;
                continue;
            }
            int start = i;
            i++;
            int digits = in[i] == 'u' ? 4 : 8;
            String reason = digits == 4 ? "truncated \\uXXXX escape"
                    : "truncated \\UXXXXXXXX escape";
            i++;
            long v = 0;
            int k = 0;
            while (k < digits && i < n && hexValue(in[i] & 0xFF) >= 0) {
                v = v * 16 + hexValue(in[i++] & 0xFF);
                k++;
            }
            if (k < digits) {
                i = ErrorHandlers.decodeError(RAW, in, start, i, reason, errors, out, null);
            } else if (v > Character.MAX_CODE_POINT) {
                i = ErrorHandlers.decodeError(RAW, in, start, i, "\\Uxxxxxxxx out of range",
                        errors, out, null);
            } else {
                out.appendCodePoint((int) v);
            }
        }
        return out.toString();
    }
}

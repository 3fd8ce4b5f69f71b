package dev.weft.runtime.modules.binascii;

import java.io.ByteArrayOutputStream;

/** binascii's quoted-printable codec (RFC 1521, lines of at most 76 characters), as CPython's C code. */
final class QuotedPrintable {
    private QuotedPrintable() { }

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes();

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static byte[] decode(byte[] in, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int i = 0;
        int n = in.length;
        while (i < n) {
            int c = in[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) {
                    break;
                }
                int d = in[i] & 0xff;
                if (d == '\n' || d == '\r') { // soft line break
                    if (d != '\n') {
                        while (i < n && in[i] != '\n') {
                            i++;
                        }
                    }
                    if (i < n) {
                        i++;
                    }
                } else if (d == '=') {
                    out.write('=');
                    i++;
                } else if (i + 1 < n && isHex(d) && isHex(in[i + 1] & 0xff)) {
                    out.write(Character.digit(d, 16) << 4 | Character.digit(in[i + 1] & 0xff, 16));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    static byte[] encode(byte[] in, boolean quoteTabs, boolean isText, boolean header) {
        int n = in.length;
        boolean crlf = false;
        for (int k = 0; k < n; k++) {
            if (in[k] == '\n') {
                crlf = k > 0 && in[k - 1] == '\r';
                break;
            }
        }
        Out out = new Out(n);
        int i = 0;
        int lineLen = 0;
        while (i < n) {
            int c = in[i] & 0xff;
            int next = i + 1 < n ? in[i + 1] & 0xff : -1;
            boolean quote = c > 126 || c == '='
                    || header && c == '_'
                    || c == '.' && lineLen == 0 && (next == -1 || next == '\n' || next == '\r' || next == 0)
                    || !isText && (c == '\r' || c == '\n')
                    || (c == '\t' || c == ' ') && next == -1
                    || c < 33 && c != '\r' && c != '\n' && (quoteTabs || c != '\t' && c != ' ');
            if (quote) {
                if (lineLen + 3 >= MAX_LINE) {
                    out.softBreak(crlf);
                    lineLen = 0;
                }
                out.hex(c);
                i++;
                lineLen += 3;
            } else if (isText && (c == '\n' || next != -1 && c == '\r' && next == '\n')) {
                lineLen = 0;
                out.protectTrailingSpace();
                if (crlf) {
                    out.write('\r');
                }
                out.write('\n');
                i += c == '\r' ? 2 : 1;
            } else {
                if (next != -1 && next != '\n' && lineLen + 1 >= MAX_LINE) {
                    out.softBreak(crlf);
                    lineLen = 0;
                }
                lineLen++;
                out.write(header && c == ' ' ? '_' : c);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static final class Out extends ByteArrayOutputStream {
        Out(int n) {
            super(n + n / 4 + 8);
        }

        void hex(int c) {
            write('=');
            write(HEX[c >> 4]);
            write(HEX[c & 0xf]);
        }

        void softBreak(boolean crlf) {
            write('=');
            if (crlf) {
                write('\r');
            }
            write('\n');
        }

        /** Whitespace just before a line end is quoted, or it would be lost. */
        void protectTrailingSpace() {
            if (count > 0 && (buf[count - 1] == ' ' || buf[count - 1] == '\t')) {
                int c = buf[count - 1];
                count--;
                hex(c);
            }
        }
    }
}

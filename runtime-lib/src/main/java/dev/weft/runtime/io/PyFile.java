package dev.weft.runtime.io;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.text.Codecs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file object: text ({@code TextIOWrapper}) or binary ({@code BufferedReader}/{@code BufferedWriter}).
 * Every operation holds the object's monitor, as CPython's buffered IO holds its lock.
 */
public final class PyFile extends PyObject {
    public static final PyType TEXT_TYPE = new PyType("TextIOWrapper", PyFile.class, PyType.OBJECT,
            FileMethods::defineText, PyType.IMMUTABLE);
    public static final PyType READER_TYPE = new PyType("BufferedReader", PyFile.class, PyType.OBJECT,
            FileMethods::defineBinary, PyType.IMMUTABLE);
    public static final PyType WRITER_TYPE = new PyType("BufferedWriter", PyFile.class, PyType.OBJECT,
            FileMethods::defineBinary, PyType.IMMUTABLE);
    public static final PyType RANDOM_TYPE = new PyType("BufferedRandom", PyFile.class, PyType.OBJECT,
            FileMethods::defineBinary, PyType.IMMUTABLE);

    final PyType type;
    final PyObject name;
    final String mode;
    final boolean text;
    final String encoding;
    final String errors;
    /** newline=None: translate on read and write; "" no translation; else the given terminator. */
    final String newline;
    private PushbackInputStream in;
    private OutputStream out;
    private final boolean closeStreams;
    volatile boolean closed;
    /** Flush after each write containing a newline (an interactive stdout). */
    volatile boolean lineBuffered;

    PyFile(PyType type, PyObject name, String mode, boolean text, String encoding, String errors, String newline,
           InputStream in, OutputStream out, boolean closeStreams) {
        this.type = type;
        this.name = name;
        this.mode = mode;
        this.text = text;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.in = in == null ? null : new PushbackInputStream(in, 8);
        this.out = out;
        this.closeStreams = closeStreams;
    }

    /** A text stream over Java streams (sys.stdout and friends). */
    public static PyFile textStream(String name, InputStream in, OutputStream out) {
        return new PyFile(TEXT_TYPE, dev.weft.runtime.types.PyStr.of(name), in != null ? "r" : "w", true, "utf-8",
                "strict", null, in, out, false);
    }

    @Override
    public PyType type() {
        return type;
    }

    void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    InputStream in() {
        checkOpen();
        if (in == null) {
            throw FileMethods.unsupported("not readable");
        }
        return in;
    }

    OutputStream out() {
        checkOpen();
        if (out == null) {
            throw FileMethods.unsupported("not writable");
        }
        return out;
    }

    boolean readable() {
        return in != null;
    }

    boolean writable() {
        return out != null;
    }

    // ---- binary ----

    synchronized byte[] readBytes(long n) {
        InputStream s = in();
        try {
            if (n < 0) {
                return s.readAllBytes();
            }
            return s.readNBytes((int) Math.min(n, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw FileMethods.ioError(e, name);
        }
    }

    synchronized byte[] readLineBytes(long limit) {
        InputStream s = in();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            while (limit < 0 || buf.size() < limit) {
                int c = s.read();
                if (c < 0) {
                    break;
                }
                buf.write(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw FileMethods.ioError(e, name);
        }
        return buf.toByteArray();
    }

    synchronized void writeBytes(byte[] b) {
        try {
            out().write(b);
        } catch (IOException e) {
            throw FileMethods.ioError(e, name);
        }
    }

    // ---- text ----

    /** Reads one code point's worth of input, or -1; decodes UTF-8 incrementally for other encodings via bytes. */
    private int readChar() throws IOException {
        PushbackInputStream s = (PushbackInputStream) in();
        if (!isUtf8(encoding)) {
            int b = s.read();
            if (b < 0) {
                return -1;
            }
            String d = Codecs.decode(new byte[] {(byte) b}, encoding, errors);
            return d.isEmpty() ? readChar() : d.codePointAt(0);
        }
        int b0 = s.read();
        if (b0 < 0x80) {
            return b0;
        }
        int n = b0 >= 0xf0 ? 3 : b0 >= 0xe0 ? 2 : b0 >= 0xc0 ? 1 : 0;
        byte[] seq = new byte[n + 1];
        seq[0] = (byte) b0;
        int got = 1;
        for (int i = 0; i < n; i++) {
            int b = s.read();
            if (b < 0) {
                break;
            }
            if ((b & 0xc0) != 0x80) {
                s.unread(b);
                break;
            }
            seq[got++] = (byte) b;
        }
        byte[] exact = java.util.Arrays.copyOf(seq, got);
        String d = Codecs.decode(exact, "utf-8", errors);
        return d.isEmpty() ? readChar() : d.codePointAt(0);
    }

    private int readTranslated() throws IOException {
        int c = readChar();
        if (c == '\r' && newline == null) {
            PushbackInputStream s = (PushbackInputStream) in();
            int nx = s.read();
            if (nx != '\n' && nx >= 0) {
                s.unread(nx);
            }
            return '\n';
        }
        return c;
    }

    synchronized String readText(long n) {
        in();
        StringBuilder sb = new StringBuilder();
        try {
            if (n < 0 && newline != null && newline.isEmpty()) {
                return Codecs.decode(in.readAllBytes(), encoding, errors);
            }
            if (n < 0 && newline == null) {
                String all = Codecs.decode(in.readAllBytes(), encoding, errors);
                return all.replace("\r\n", "\n").replace('\r', '\n');
            }
            while (n < 0 || sb.codePointCount(0, sb.length()) < n) {
                int c = readTranslated();
                if (c < 0) {
                    break;
                }
                sb.appendCodePoint(c);
            }
        } catch (IOException e) {
            throw FileMethods.ioError(e, name);
        }
        return sb.toString();
    }

    synchronized String readLineText(long limit) {
        in();
        StringBuilder sb = new StringBuilder();
        try {
            while (limit < 0 || sb.length() < limit) {
                int c = readTranslated();
                if (c < 0) {
                    break;
                }
                sb.appendCodePoint(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw FileMethods.ioError(e, name);
        }
        return sb.toString();
    }

    synchronized void writeText(String s) {
        String t = newline == null || newline.isEmpty() || newline.equals("\n") ? s : s.replace("\n", newline);
        writeBytes(Codecs.encode(t, encoding, errors));
        if (lineBuffered && t.indexOf('\n') >= 0) {
            flush();
        }
    }

    synchronized void flush() {
        if (out != null && !closed) {
            try {
                out.flush();
            } catch (IOException e) {
                throw FileMethods.ioError(e, name);
            }
        }
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        try {
            if (out != null) {
                out.flush();
                if (closeStreams) {
                    out.close();
                }
            }
            if (in != null && closeStreams) {
                in.close();
            }
        } catch (IOException e) {
            throw FileMethods.ioError(e, name);
        } finally {
            closed = true;
        }
    }

    private static boolean isUtf8(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return e.equals("utf-8") || e.equals("utf8");
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}

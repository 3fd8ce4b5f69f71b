package dev.weft.runtime.io;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

import dev.weft.runtime.types.PyStr;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A text file, {@code _io.TextIOWrapper}: decodes and encodes over a binary buffer (a
 * {@link PyBinaryFile} directly, or any object with read1/read/write/seek/tell). Decoded text
 * keeps its original newlines until it is consumed, so {@code tell()} can re-encode what is left
 * to find the byte position (exact for stateless encodings, as CPython's cookie then is).
 * Every operation holds the object's monitor.
 */
public final class PyFile extends PyIOBase {
    public static final PyType TEXT_TYPE = new PyType("_io.TextIOWrapper", PyFile.class, IOBaseTypes.TEXT_IOBASE,
            FileMethods::defineText, PyType.BASETYPE | PyType.INSTANCE_DICT);

    private static final int CHUNK = 8192;

    final PyObject buffer;
    private BinaryBuffer bin;
    String encoding;
    String errors;
    /** null: universal newlines, translated; "": universal, untranslated; else the terminator. */
    String newline;
    volatile boolean lineBuffering;
    volatile boolean writeThrough;
    private ChunkDecoder decoder;
    private String decoded = "";
    private int dpos;
    private boolean eof;
    private int seen;
    private boolean wroteAny;
    private boolean detached;

    PyFile(PyType type, PyObject buffer, String encoding, String errors, String newline, boolean lineBuffering,
           boolean writeThrough) {
        super(type);
        this.buffer = buffer;
        this.bin = BinaryBuffer.of(buffer);
        configure(encoding, errors, newline);
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
    }

    private void configure(String enc, String err, String nl) {
        IoCodecs.encode("", enc, "strict"); // LookupError for an unknown encoding, before anything happens
        this.encoding = enc;
        this.errors = err;
        this.newline = nl;
        this.decoder = new ChunkDecoder(enc, err);
    }

    /** A text stream over Java streams (tests; the standard streams use {@link #standard}). */
    public static PyFile textStream(String name, InputStream in, OutputStream out) {
        return standard(name, in, out, -1, "strict", false);
    }

    static PyFile standard(String name, InputStream in, OutputStream out, int fd, String errors, boolean writeThrough) {
        PyStr pyName = PyStr.of(name);
        ByteStream s = new ByteStream.Streams(in, out, fd);
        PyBinaryFile raw = new PyBinaryFile(FileMethods.FILE_IO, s, pyName, in != null ? "rb" : "wb", in != null,
                out != null, false, null, IOBaseTypes.DEFAULT_BUFFER_SIZE);
        PyBinaryFile buf = PyBinaryFile.buffered(in != null ? FileMethods.READER : FileMethods.WRITER, raw,
                IOBaseTypes.DEFAULT_BUFFER_SIZE);
        PyFile f = new PyFile(TEXT_TYPE, buf, "utf-8", errors, null, fd == 2, writeThrough);
        f.instanceDict().setItem(PyStr.intern("mode"), PyStr.of(in != null ? "r" : "w"));
        return f;
    }

    @Override
    boolean isClosed() {
        return bin.closed();
    }

    void checkOpen() {
        if (detached) {
            throw Errors.valueError("underlying buffer has been detached");
        }
        if (bin.closed()) {
            throw IOBaseTypes.closedError();
        }
    }

    boolean readable() {
        checkOpen();
        return bin.readable();
    }

    boolean writable() {
        checkOpen();
        return bin.writable();
    }

    boolean seekable() {
        checkOpen();
        return bin.seekable();
    }

    private void checkReadable() {
        checkOpen();
        if (!bin.readable()) {
            throw IOBaseTypes.unsupported("not readable");
        }
    }

    // ---- reading ----

    private boolean loadMore() {
        if (eof) {
            return false;
        }
        byte[] b = bin.read1(CHUNK);
        String s;
        if (b.length == 0) {
            eof = true;
            s = decoder.decode(b, true);
        } else {
            s = decoder.decode(b, false);
        }
        decoded = dpos >= decoded.length() ? s : decoded.substring(dpos) + s;
        dpos = 0;
        return true;
    }

    private int peekRaw() {
        while (dpos >= decoded.length()) {
            if (!loadMore()) {
                return -1;
            }
        }
        return decoded.codePointAt(dpos);
    }

    private int takeRaw() {
        int c = peekRaw();
        if (c >= 0) {
            dpos += Character.charCount(c);
        }
        return c;
    }

    /** The next character as the reader sees it (CR LF and CR become LF when translating). */
    private int nextChar() {
        int c = takeRaw();
        if (c == '\r' && (newline == null || newline.isEmpty())) {
            if (peekRaw() == '\n') {
                seen |= Newlines.CRLF;
                if (newline == null) {
                    takeRaw();
                    return '\n';
                }
            } else {
                seen |= Newlines.CR;
            }
            return newline == null ? '\n' : c;
        }
        if (c == '\n' && (newline == null || newline.isEmpty())) {
            if (newline == null || dpos < 2 || decoded.charAt(dpos - 2) != '\r') {
                seen |= Newlines.LF;
            }
        }
        return c;
    }

    private void prepareRead() {
        checkReadable();
        if (wroteAny) {
            bin.flush();
        }
    }

    synchronized String read(long n) {
        prepareRead();
        if (n < 0) {
            String rest = dpos >= decoded.length() ? "" : decoded.substring(dpos);
            String tail = eof ? "" : decoder.decode(bin.readAll(), true);
            eof = true;
            decoded = "";
            dpos = 0;
            String all = rest + tail;
            if (newline == null || newline.isEmpty()) {
                seen |= Newlines.scan(all);
            }
            return newline == null ? Newlines.translate(all) : all;
        }
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < n; i++) {
            int c = nextChar();
            if (c < 0) {
                break;
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    synchronized String readline(long limit) {
        prepareRead();
        StringBuilder sb = new StringBuilder();
        long count = 0;
        while (limit < 0 || count < limit) {
            int c = nextChar();
            if (c < 0) {
                break;
            }
            sb.appendCodePoint(c);
            count++;
            if (endsLine(c, sb)) {
                break;
            }
        }
        return sb.toString();
    }

    private boolean endsLine(int c, StringBuilder sb) {
        if (newline == null || newline.equals("\n")) {
            return c == '\n';
        }
        if (newline.isEmpty()) {
            if (c == '\n') {
                return true;
            }
            if (c == '\r') {
                if (peekRaw() == '\n') {
                    sb.append((char) takeRaw());
                }
                return true;
            }
            return false;
        }
        if (newline.equals("\r")) {
            return c == '\r';
        }
        return c == '\n' && sb.length() >= 2 && sb.charAt(sb.length() - 2) == '\r';
    }

    // ---- writing ----

    synchronized int write(String s) {
        checkOpen();
        if (!bin.writable()) {
            throw IOBaseTypes.unsupported("not writable");
        }
        if (dpos < decoded.length() || decoder.pendingLength() > 0 || eof) {
            // as CPython: read-ahead is dropped, the write lands where the buffer stands
            decoded = "";
            dpos = 0;
            eof = false;
            decoder.reset();
        }
        int length = s.codePointCount(0, s.length());
        String t = s;
        boolean hasNewline = s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && s.indexOf('\n') >= 0) {
            t = s.replace("\n", newline);
        }
        byte[] b = IoCodecs.encode(t, writeEncoding(), errors);
        wroteAny = true;
        bin.write(b);
        if (writeThrough || lineBuffering && hasNewline) {
            bin.flush();
        }
        return length;
    }

    /** After the first write, a codec with a byte-order mark writes without it. */
    private String writeEncoding() {
        String module = IoCodecs.lookup(encoding).module;
        boolean started = wroteAny || bin.seekable() && bin.tell() > 0;
        if (!started) {
            return encoding;
        }
        switch (module) {
            case "utf_16": return "utf-16-le";
            case "utf_32": return "utf-32-le";
            case "utf_8_sig": return "utf-8";
            default: return encoding;
        }
    }

    synchronized void flush() {
        checkOpen();
        bin.flush();
    }

    // ---- positioning ----

    synchronized long tell() {
        checkOpen();
        if (!bin.seekable()) {
            throw IOBaseTypes.unsupported("underlying stream is not seekable");
        }
        bin.flush();
        return tellLocked();
    }

    private long tellLocked() {
        long pos = bin.tell();
        if (dpos < decoded.length()) {
            pos -= IoCodecs.encode(decoded.substring(dpos), decoder.currentEncoding(), errors).length;
        }
        return pos - decoder.pendingLength();
    }

    synchronized long seek(long cookie, int whence) {
        checkOpen();
        if (!bin.seekable()) {
            throw IOBaseTypes.unsupported("underlying stream is not seekable");
        }
        long target;
        switch (whence) {
            case 0:
                if (cookie < 0) {
                    throw Errors.valueError("negative seek position %d", cookie);
                }
                bin.flush();
                target = bin.seek(cookie, 0);
                break;
            case 1:
                if (cookie != 0) {
                    throw IOBaseTypes.unsupported("can't do nonzero cur-relative seeks");
                }
                return tell();
            case 2:
                if (cookie != 0) {
                    throw IOBaseTypes.unsupported("can't do nonzero end-relative seeks");
                }
                bin.flush();
                target = bin.seek(0, 2);
                break;
            default:
                throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        decoded = "";
        dpos = 0;
        eof = false;
        decoder.reset();
        return target;
    }

    synchronized long truncate(Long size) {
        checkOpen();
        bin.flush();
        return bin.truncate(size == null ? tell() : size);
    }

    synchronized void close() {
        if (detached || bin.closed()) {
            return;
        }
        try {
            bin.flush();
        } finally {
            bin.close();
        }
    }

    synchronized PyObject detach() {
        checkOpen();
        bin.flush();
        detached = true;
        return buffer;
    }

    synchronized void reconfigure(String enc, String err, String nl, Boolean lb, Boolean wt) {
        checkOpen();
        if (enc != null || err != null || nl != null) {
            if (dpos < decoded.length() && enc != null) {
                throw IOBaseTypes.unsupported("It is not possible to set the encoding or newline of stream after the first read");
            }
            bin.flush();
            String e = enc != null ? enc : encoding;
            String r = err != null ? err : enc != null ? "strict" : errors;
            configure(e, r, nl != null ? (nl.equals("\u0000none") ? null : nl) : newline);
        }
        if (lb != null) {
            lineBuffering = lb;
        }
        if (wt != null) {
            writeThrough = wt;
        }
    }

    PyObject newlines() {
        return newline == null || newline.isEmpty() ? Newlines.report(seen) : dev.weft.runtime.types.PyNone.NONE;
    }
}

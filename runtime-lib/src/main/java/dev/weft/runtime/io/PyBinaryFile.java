package dev.weft.runtime.io;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.PyException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A binary file: {@code FileIO} (raw) or {@code BufferedReader}/{@code BufferedWriter}/{@code BufferedRandom}.
 * A buffered file keeps its raw {@code FileIO} (for {@code .raw}) and buffers reads and writes over
 * the same {@link ByteStream}; the logical position accounts for both buffers. Every operation
 * holds the object's monitor, as CPython's buffered objects hold their lock.
 */
public final class PyBinaryFile extends PyIOBase {
    final ByteStream stream;
    volatile PyObject name;
    /** The raw mode as FileIO reports it ("rb", "wb", "ab", "rb+", "xb", ...). */
    final String rawMode;
    final boolean readable;
    final boolean writable;
    final boolean closefd;
    /** The raw FileIO under a buffered object; null for a FileIO itself. */
    final PyBinaryFile raw;
    private final int bufferSize;
    private byte[] rbuf = new byte[0];
    private int rpos;
    private int rlen;
    private final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();
    private volatile boolean closed;

    PyBinaryFile(PyType type, ByteStream stream, PyObject name, String rawMode, boolean readable, boolean writable,
                 boolean closefd, PyBinaryFile raw, int bufferSize) {
        super(type);
        this.stream = stream;
        this.name = name;
        this.rawMode = rawMode;
        this.readable = readable;
        this.writable = writable;
        this.closefd = closefd;
        this.raw = raw;
        this.bufferSize = Math.max(1, bufferSize);
    }

    /** A buffered object of {@code type} over {@code raw}. */
    static PyBinaryFile buffered(PyType type, PyBinaryFile raw, int bufferSize) {
        return new PyBinaryFile(type, raw.stream, raw.name, raw.rawMode, raw.readable, raw.writable, raw.closefd, raw,
                bufferSize);
    }

    @Override
    boolean isClosed() {
        return raw != null ? raw.closed : closed;
    }

    void checkOpen() {
        if (isClosed()) {
            throw IOBaseTypes.closedError();
        }
    }

    void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IOBaseTypes.unsupported(raw == null ? "File not open for reading" : "read");
        }
    }

    void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IOBaseTypes.unsupported(raw == null ? "File not open for writing" : "write");
        }
    }

    PyException ioError(IOException e) {
        return FileMethods.ioError(e, name);
    }

    private void flushWrites() throws IOException {
        if (wbuf.size() > 0) {
            byte[] b = wbuf.toByteArray();
            wbuf.reset();
            stream.write(b, 0, b.length);
        }
    }

    /** Gives back read-ahead to the stream, so that it stands at the logical position. */
    private void dropReadAhead() throws IOException {
        if (rpos < rlen && stream.seekable()) {
            stream.position(stream.position() - (rlen - rpos));
        }
        rpos = rlen = 0;
    }

    private boolean fill(int want) throws IOException {
        if (rpos < rlen) {
            return true;
        }
        flushWrites();
        if (rbuf.length < Math.max(want, bufferSize)) {
            rbuf = new byte[Math.max(want, bufferSize)];
        }
        int n = stream.read(rbuf, 0, raw == null ? Math.max(want, 1) : rbuf.length);
        rpos = 0;
        rlen = Math.max(n, 0);
        return n > 0;
    }

    /** Reads up to {@code n} bytes (all if negative), blocking until that many or end of file. */
    synchronized byte[] read(long n) {
        checkReadable();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (n < 0 || out.size() < n) {
                int want = n < 0 ? bufferSize : (int) Math.min(n - out.size(), Integer.MAX_VALUE - 8);
                if (!fill(want)) {
                    break;
                }
                int k = Math.min(rlen - rpos, want);
                out.write(rbuf, rpos, k);
                rpos += k;
                if (raw == null && n >= 0) {
                    break; // a raw read is one system call
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** At most {@code n} bytes with at most one read from the stream. */
    synchronized byte[] read1(long n) {
        checkReadable();
        try {
            if (n == 0 || !fill(n < 0 ? bufferSize : (int) Math.min(n, Integer.MAX_VALUE - 8))) {
                return new byte[0];
            }
            int k = n < 0 ? rlen - rpos : (int) Math.min(rlen - rpos, n);
            byte[] b = Arrays.copyOfRange(rbuf, rpos, rpos + k);
            rpos += k;
            return b;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized byte[] peek() {
        checkReadable();
        try {
            fill(1);
            return Arrays.copyOfRange(rbuf, rpos, rlen);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized byte[] readline(long limit) {
        checkReadable();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while ((limit < 0 || out.size() < limit) && fill(1)) {
                int start = rpos;
                int stop = limit < 0 ? rlen : (int) Math.min(rlen, rpos + (limit - out.size()));
                boolean eol = false;
                while (rpos < stop) {
                    if (rbuf[rpos++] == '\n') {
                        eol = true;
                        break;
                    }
                }
                out.write(rbuf, start, rpos - start);
                if (eol) {
                    break;
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized int write(byte[] b) {
        checkWritable();
        try {
            dropReadAhead();
            if (raw == null) {
                stream.write(b, 0, b.length);
            } else {
                wbuf.write(b, 0, b.length);
                if (wbuf.size() >= bufferSize) {
                    flushWrites();
                }
            }
            return b.length;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized void flush() {
        if (isClosed()) {
            throw IOBaseTypes.closedError();
        }
        try {
            flushWrites();
            stream.flush();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized long tell() {
        checkOpen();
        try {
            return stream.position() + wbuf.size() - (rlen - rpos);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized long seek(long offset, int whence) {
        checkOpen();
        if (whence < 0 || whence > 2) {
            throw dev.weft.runtime.exc.Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (!stream.seekable()) {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }
        try {
            long target = whence == 0 ? offset : whence == 1 ? tell() + offset : stream.size() + offset;
            if (target < 0) {
                if (whence == 0) {
                    throw dev.weft.runtime.exc.Errors.valueError("negative seek position %d", offset);
                }
                throw dev.weft.runtime.exc.PyOSError.of(22, "Invalid argument", null);
            }
            flushWrites();
            rpos = rlen = 0;
            stream.position(target);
            return target;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized long truncate(Long size) {
        checkWritable();
        try {
            long pos = size == null ? tell() : size;
            flushWrites();
            dropReadAhead();
            stream.truncate(pos);
            return pos;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized void close() {
        if (isClosed()) {
            return;
        }
        try {
            flushWrites();
            stream.flush();
            if (closefd) {
                stream.close();
            }
        } catch (IOException e) {
            throw ioError(e);
        } finally {
            closed = true;
            if (raw != null) {
                raw.closed = true;
            }
        }
    }

    boolean seekable() {
        checkOpen();
        return stream.seekable();
    }

    /** {@code readall()}: everything up to end of file. */
    byte[] readall() {
        return read(-1);
    }
}

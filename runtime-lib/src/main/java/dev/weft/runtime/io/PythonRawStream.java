package dev.weft.runtime.io;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

/**
 * A raw stream written in Python (socket.SocketIO, a RawIOBase subclass) under a buffered
 * object: reads go through its {@code readinto}, writes through its {@code write}, as
 * CPython's BufferedReader/BufferedWriter call them.
 */
final class PythonRawStream implements ByteStream {
    final PyObject raw;

    PythonRawStream(PyObject raw) {
        this.raw = raw;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        PyByteArray buf = new PyByteArray(new byte[len]);
        PyObject n = Ops.callMethod(raw, "readinto", buf);
        if (n == PyNone.NONE) {
            throw wouldBlock();
        }
        int got = (int) ((PyInt) n).longValue();
        if (got <= 0) {
            return -1;
        }
        System.arraycopy(buf.toByteArray(), 0, b, off, got);
        return got;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int done = 0;
        while (done < len) {
            byte[] chunk = java.util.Arrays.copyOfRange(b, off + done, off + len);
            PyObject n = Ops.callMethod(raw, "write", PyBytes.of(chunk));
            if (n == PyNone.NONE) {
                throw wouldBlock();
            }
            done += (int) ((PyInt) n).longValue();
        }
    }

    private static PyException wouldBlock() {
        return new PyException(ExceptionTypes.create(ExceptionTypes.BlockingIOError, PyInt.of(11),
                dev.weft.runtime.types.PyStr.of("Resource temporarily unavailable")));
    }

    @Override
    public void position(long pos) {
        Ops.callMethod(raw, "seek", PyInt.of(pos));
    }

    @Override
    public long position() {
        return ((PyInt) Ops.callMethod(raw, "tell")).longValue();
    }

    @Override
    public long size() {
        throw IOBaseTypes.unsupported("File or stream is not seekable.");
    }

    @Override
    public void truncate(long size) {
        Ops.callMethod(raw, "truncate", PyInt.of(size));
    }

    /** A buffered object closing over a raw stream closed already does nothing, as CPython's. */
    private boolean rawClosed() {
        return Ops.isTrue(Attr.getAttr(raw, "closed"));
    }

    @Override
    public void flush() {
        if (!rawClosed()) {
            Ops.callMethod(raw, "flush");
        }
    }

    @Override
    public void close() {
        if (!rawClosed()) {
            Ops.callMethod(raw, "close");
        }
    }

    @Override
    public boolean seekable() {
        return Ops.isTrue(Ops.callMethod(raw, "seekable"));
    }

    @Override
    public int fileno() {
        try {
            return (int) ((PyInt) Ops.callMethod(raw, "fileno")).longValue();
        } catch (PyException | ClassCastException e) {
            return -1;
        }
    }

    /** A raw PyBinaryFile standing for a Python raw stream, for a buffered object to sit on. */
    static PyBinaryFile wrap(PyObject raw) {
        PythonRawStream s = new PythonRawStream(raw);
        boolean readable = Ops.isTrue(Ops.callMethod(raw, "readable"));
        boolean writable = Ops.isTrue(Ops.callMethod(raw, "writable"));
        PyObject name;
        try {
            name = Attr.getAttr(raw, "name");
        } catch (PyException e) {
            name = PyNone.NONE;
        }
        String mode = readable && writable ? "rb+" : writable ? "wb" : "rb";
        return new PyBinaryFile(FileMethods.FILE_IO, s, name, mode, readable, writable, true, null,
                IOBaseTypes.DEFAULT_BUFFER_SIZE);
    }
}

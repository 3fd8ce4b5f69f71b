package dev.weft.runtime.io;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyMemoryView;
import dev.weft.runtime.types.PyNone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code io.BytesIO}: an in-memory binary stream; every method holds the object's monitor. */
public final class PyBytesIO extends PyIOBase {
    public static final PyType TYPE = new PyType("_io.BytesIO", PyBytesIO.class, IOBaseTypes.BUFFERED_IOBASE,
            PyBytesIO::define, PyType.BASETYPE | PyType.INSTANCE_DICT);

    private byte[] data = new byte[0];
    private int size;
    private int pos;
    private boolean closed;

    PyBytesIO(PyType type) {
        super(type);
    }

    public static PyBytesIO create(byte[] initial) {
        PyBytesIO b = new PyBytesIO(TYPE);
        b.init(initial);
        return b;
    }

    @Override
    boolean isClosed() {
        return closed;
    }

    void checkOpen() {
        if (closed) {
            throw IOBaseTypes.closedError();
        }
    }

    synchronized void init(byte[] initial) {
        checkOpen();
        data = initial == null ? new byte[0] : initial.clone();
        size = data.length;
        pos = 0;
    }

    public synchronized int write(byte[] b) {
        checkOpen();
        if (b.length == 0) {
            return 0;
        }
        int end = pos + b.length;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        if (pos > size) {
            Arrays.fill(data, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, data, pos, b.length);
        pos = end;
        size = Math.max(size, end);
        return b.length;
    }

    public synchronized byte[] getvalue() {
        checkOpen();
        return Arrays.copyOf(data, size);
    }

    synchronized byte[] read(long n) {
        checkOpen();
        if (pos >= size) {
            return new byte[0];
        }
        int start = pos;
        int end = n < 0 || n > size - start ? size : (int) (start + n);
        pos = end;
        return Arrays.copyOfRange(data, start, end);
    }

    synchronized byte[] readline(long limit) {
        checkOpen();
        if (pos >= size) {
            return new byte[0];
        }
        int stop = limit < 0 || limit > size - pos ? size : (int) (pos + limit);
        int end = pos;
        while (end < stop) {
            if (data[end++] == '\n') {
                break;
            }
        }
        byte[] line = Arrays.copyOfRange(data, pos, end);
        pos = end;
        return line;
    }

    synchronized long seek(long offset, int whence) {
        checkOpen();
        long p;
        switch (whence) {
            case 0:
                if (offset < 0) {
                    throw Errors.valueError("negative seek value %d", offset);
                }
                p = offset;
                break;
            case 1:
                p = Math.max(0, pos + offset);
                break;
            case 2:
                p = Math.max(0, size + offset);
                break;
            default:
                throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        return pos;
    }

    synchronized long truncate(PyObject sizeArg) {
        checkOpen();
        long n = sizeArg == null || sizeArg == PyNone.NONE ? pos : Protocols.indexValue(sizeArg, "int");
        if (n < 0) {
            throw Errors.valueError("negative size value %d", n);
        }
        if (n < size) {
            size = (int) n;
        }
        return n;
    }

    /**
     * {@code getbuffer()}: a writable view sharing this stream's bytes, so writes through the
     * view show in {@code getvalue()} and in-place writes to the stream show in the view. The
     * storage is trimmed to the current size and wrapped; a later write that grows the stream
     * moves it to a new array, after which the view keeps the old bytes (CPython refuses that
     * resize with BufferError while a view exists).
     */
    synchronized PyObject getbuffer() {
        checkOpen();
        if (data.length != size) {
            data = Arrays.copyOf(data, size);
        }
        return PyMemoryView.of(new PyByteArray(data));
    }

    synchronized long tell() {
        checkOpen();
        return pos;
    }

    synchronized int readinto(PyByteArray target) {
        checkOpen();
        int n = Math.max(0, Math.min(target.size(), size - pos));
        for (int i = 0; i < n; i++) {
            target.set(i, data[pos + i] & 0xff);
        }
        pos += n;
        return n;
    }

    synchronized void close() {
        closed = true;
        data = new byte[0];
        size = 0;
    }

    private static PyBytesIO self(PyObject o) {
        return (PyBytesIO) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyBytesIO(cls));
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("BytesIO", args, kw, new String[] {"initial_bytes"}, 0);
            self(s).init(a[0] == null || a[0] == PyNone.NONE ? null : IOBaseTypes.bytesLike(a[0]));
            return PyNone.NONE;
        });
        t.def1("write", (s, v) -> PyInt.of(self(s).write(IOBaseTypes.bytesLike(v))));
        t.def1("writelines", (s, lines) -> {
            self(s).checkOpen();
            PyObject it = Protocols.iter(lines);
            for (PyObject line = Protocols.next(it); line != null; line = Protocols.next(it)) {
                self(s).write(IOBaseTypes.bytesLike(line));
            }
            return PyNone.NONE;
        });
        t.def0("getvalue", s -> PyBytes.of(self(s).getvalue()));
        t.def1("read", 0, (s, n) -> PyBytes.of(self(s).read(IOBaseTypes.size(n))));
        t.def1("read1", 0, (s, n) -> PyBytes.of(self(s).read(IOBaseTypes.size(n))));
        t.def1("readline", 0, (s, n) -> PyBytes.of(self(s).readline(IOBaseTypes.size(n))));
        t.def1("readlines", 0, (s, hint) -> {
            long h = IOBaseTypes.size(hint);
            List<PyObject> lines = new ArrayList<>();
            long total = 0;
            for (byte[] l = self(s).readline(-1); l.length > 0; l = self(s).readline(-1)) {
                lines.add(PyBytes.of(l));
                total += l.length;
                if (h > 0 && total >= h) {
                    break;
                }
            }
            return new PyList(lines);
        });
        t.def1("readinto", (s, b) -> {
            if (b instanceof PyByteArray ba) {
                return PyInt.of(self(s).readinto(ba));
            }
            byte[] d = self(s).read(IOBaseTypes.writableSize(b));
            IOBaseTypes.fill(b, d);
            return PyInt.of(d.length);
        });
        t.def0("__next__", s -> {
            byte[] l = self(s).readline(-1);
            if (l.length == 0) {
                throw Errors.stopIteration(null);
            }
            return PyBytes.of(l);
        });
        t.def2("seek", 1, (s, off, wh) -> PyInt.of(self(s).seek(IOBaseTypes.intArg(off),
                wh == null ? 0 : (int) IOBaseTypes.intArg(wh))));
        t.def0("tell", s -> PyInt.of(self(s).tell()));
        t.def0("getbuffer", s -> self(s).getbuffer());
        t.def1("truncate", 0, (s, n) -> PyInt.of(self(s).truncate(n)));
        t.def0("close", s -> {
            self(s).close();
            return PyNone.NONE;
        });
        t.defGetSet("closed", s -> PyBool.of(self(s).closed), null);
        t.def0("flush", s -> {
            self(s).checkOpen();
            return PyNone.NONE;
        });
        t.def0("isatty", s -> {
            self(s).checkOpen();
            return PyBool.FALSE;
        });
        for (String m : new String[] {"readable", "writable", "seekable"}) {
            t.def0(m, s -> {
                self(s).checkOpen();
                return PyBool.TRUE;
            });
        }
        t.def0("__iter__", s -> s);
    }
}

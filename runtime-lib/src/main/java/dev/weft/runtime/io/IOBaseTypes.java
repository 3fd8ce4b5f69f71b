package dev.weft.runtime.io;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PyOSError;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The abstract bases of {@code _io}: {@code _IOBase}, {@code _RawIOBase}, {@code _BufferedIOBase}
 * and {@code _TextIOBase}, whose methods are written against the public methods of {@code self}
 * (as CPython's iobase.c), so that Python subclasses implementing only {@code readinto} or
 * {@code read} get the rest.
 */
public final class IOBaseTypes {
    private IOBaseTypes() { }

    public static final int DEFAULT_BUFFER_SIZE = 8192;

    /** {@code io.UnsupportedOperation}: both OSError and ValueError. */
    public static final PyType UNSUPPORTED_OPERATION = new PyType("UnsupportedOperation", PyOSError.class,
            new PyType[] {ExceptionTypes.OSError, ExceptionTypes.ValueError},
            t -> t.def("__module__", PyStr.intern("io")),
            PyType.BASETYPE | PyType.INSTANCE_DICT);

    public static final PyType IOBASE = type("_IOBase", PyType.OBJECT, IOBaseTypes::defineIOBase);
    public static final PyType RAW_IOBASE = type("_RawIOBase", IOBASE, IOBaseTypes::defineRaw);
    public static final PyType BUFFERED_IOBASE = type("_BufferedIOBase", IOBASE, IOBaseTypes::defineBuffered);
    public static final PyType TEXT_IOBASE = type("_TextIOBase", IOBASE, IOBaseTypes::defineText);

    private static PyType type(String name, PyType base, java.util.function.Consumer<PyType> definer) {
        return new PyType("_io." + name, PyIOBase.class, base, definer,
                PyType.BASETYPE | PyType.INSTANCE_DICT);
    }

    public static PyException unsupported(String msg) {
        return Errors.make(UNSUPPORTED_OPERATION, msg);
    }

    static PyException closedError() {
        return Errors.valueError("I/O operation on closed file.");
    }

    /** Whether {@code self.closed} is true, asking the attribute as CPython does for foreign subclasses. */
    static boolean closed(PyObject self) {
        if (self instanceof PyIOBase b && self.type().lookup("closed") == IOBASE.lookup("closed")) {
            return b.isClosed();
        }
        return Ops.isTrue(Attr.getAttr(self, "closed"));
    }

    static void checkClosed(PyObject self) {
        if (closed(self)) {
            throw closedError();
        }
    }

    static void checkReadable(PyObject self) {
        if (!Ops.isTrue(Ops.callMethod(self, "readable"))) {
            throw unsupported("File or stream is not readable.");
        }
    }

    static void checkWritable(PyObject self) {
        if (!Ops.isTrue(Ops.callMethod(self, "writable"))) {
            throw unsupported("File or stream is not writable.");
        }
    }

    static void checkSeekable(PyObject self) {
        if (!Ops.isTrue(Ops.callMethod(self, "seekable"))) {
            throw unsupported("File or stream is not seekable.");
        }
    }

    /** An integer argument (offset, whence) as CPython's "n" / "i" converters take it. */
    static long intArg(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** A size argument: None or an integer; negative means "all". */
    static long size(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (o.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '%s'", o.type().name());
        }
        return Protocols.index(o, null).longValue();
    }

    /** The bytes of a bytes-like object (bytes, bytearray, or anything offering them), or a TypeError. */
    public static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.array();
        }
        if (o instanceof PyByteArray ba) {
            return ba.toByteArray();
        }
        if (o instanceof dev.weft.runtime.types.PyMemoryView mv) {
            return mv.toBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '%s'", o.type().name());
    }

    private static void defineIOBase(PyType t) {
        t.defNew((cls, args, kw) -> new PyIOBase(cls));
        t.defGetSet("closed", self -> PyBool.of(self instanceof PyIOBase b && b.baseClosed), null);
        t.defGetSet("__IOBase_closed", self -> PyBool.of(self instanceof PyIOBase b && b.baseClosed), null);
        t.def0("close", self -> {
            if (self instanceof PyIOBase b && !b.baseClosed) {
                try {
                    Ops.callMethod(self, "flush");
                } finally {
                    b.baseClosed = true;
                }
            }
            return PyNone.NONE;
        });
        t.def0("flush", self -> {
            // CPython's _IOBase.flush looks at its own flag (__IOBase_closed), not at `closed`
            if (self instanceof PyIOBase b && b.baseClosed) {
                throw closedError();
            }
            return PyNone.NONE;
        });
        t.def2("seek", 1, (self, a, b) -> {
            throw unsupported("seek");
        });
        t.def0("tell", self -> Ops.callMethod(self, "seek", PyInt.of(0), PyInt.of(1)));
        t.def1("truncate", 0, (self, a) -> {
            throw unsupported("truncate");
        });
        t.def0("fileno", self -> {
            throw unsupported("fileno");
        });
        t.def0("readable", self -> PyBool.FALSE);
        t.def0("writable", self -> PyBool.FALSE);
        t.def0("seekable", self -> PyBool.FALSE);
        t.def0("isatty", self -> {
            checkClosed(self);
            return PyBool.FALSE;
        });
        t.def1("_checkClosed", 0, (self, a) -> {
            checkClosed(self);
            return PyNone.NONE;
        });
        t.def1("_checkReadable", 0, (self, a) -> {
            checkReadable(self);
            return PyNone.NONE;
        });
        t.def1("_checkWritable", 0, (self, a) -> {
            checkWritable(self);
            return PyNone.NONE;
        });
        t.def1("_checkSeekable", 0, (self, a) -> {
            checkSeekable(self);
            return PyNone.NONE;
        });
        t.def0("__enter__", self -> {
            checkClosed(self);
            return self;
        });
        t.defV("__exit__", (self, args, kw) -> Ops.callMethod(self, "close"));
        t.def0("__iter__", self -> {
            checkClosed(self);
            return self;
        });
        t.def0("__next__", self -> {
            PyObject line = Ops.callMethod(self, "readline");
            if (Protocols.len(line) == 0) {
                throw Errors.stopIteration(null);
            }
            return line;
        });
        t.def1("readline", 0, IOBaseTypes::genericReadline);
        t.def1("readlines", 0, (self, hint) -> readlines(self, size(hint)));
        t.def1("writelines", (self, lines) -> {
            checkClosed(self);
            PyObject it = Protocols.iter(lines);
            for (PyObject line = Protocols.next(it); line != null; line = Protocols.next(it)) {
                Ops.callMethod(self, "write", line);
            }
            return PyNone.NONE;
        });
        t.def0("__del__", self -> {
            try {
                if (!closed(self)) {
                    Ops.callMethod(self, "close");
                }
            } catch (PyException ignored) {
                // CPython reports it as unraisable; a finaliser must not raise
            }
            return PyNone.NONE;
        });
    }

    /** {@code _IOBase.readline}: peeks when the object can, else reads one byte at a time. */
    private static PyObject genericReadline(PyObject self, PyObject limitArg) {
        long limit = size(limitArg);
        boolean canPeek = Attr.getAttrOrNull(self, "peek") != null;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (limit < 0 || buf.size() < limit) {
            int n = 1;
            if (canPeek) {
                PyObject ahead = Ops.callMethod(self, "peek", PyInt.of(1));
                byte[] a = bytesLike(ahead);
                if (a.length > 0) {
                    int i = 0;
                    while (i < a.length && (limit < 0 || i < limit - buf.size())) {
                        if (a[i++] == '\n') {
                            break;
                        }
                    }
                    n = i;
                }
            }
            PyObject b = Ops.callMethod(self, "read", PyInt.of(n));
            if (b == PyNone.NONE) {
                break;
            }
            if (!(b instanceof PyBytes) && !(b instanceof PyByteArray)) {
                throw Errors.make(ExceptionTypes.OSError, "read() should have returned a bytes object, not '%s'",
                        b.type().name());
            }
            byte[] got = bytesLike(b);
            if (got.length == 0) {
                break;
            }
            buf.write(got, 0, got.length);
            if (got[got.length - 1] == '\n') {
                break;
            }
        }
        return PyBytes.of(buf.toByteArray());
    }

    static PyObject readlines(PyObject self, long hint) {
        List<PyObject> lines = new ArrayList<>();
        long total = 0;
        PyObject it = Protocols.iter(self);
        for (PyObject line = Protocols.next(it); line != null; line = Protocols.next(it)) {
            lines.add(line);
            total += Protocols.len(line);
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return new PyList(lines);
    }

    private static void defineRaw(PyType t) {
        t.def1("read", 0, (self, n) -> {
            long size = size(n);
            if (size < 0) {
                return Ops.callMethod(self, "readall");
            }
            PyByteArray b = new PyByteArray(new byte[(int) size]);
            PyObject got = Ops.callMethod(self, "readinto", b);
            if (got == PyNone.NONE) {
                return PyNone.NONE;
            }
            long k = Protocols.indexValue(got, "int");
            if (k < 0 || k > size) {
                throw Errors.valueError("readinto returned %d outside buffer size %d", k, size);
            }
            return PyBytes.of(java.util.Arrays.copyOf(b.toByteArray(), (int) k));
        });
        t.def0("readall", self -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            while (true) {
                PyObject data = Ops.callMethod(self, "read", PyInt.of(DEFAULT_BUFFER_SIZE));
                if (data == PyNone.NONE) {
                    if (all.size() == 0) {
                        return PyNone.NONE;
                    }
                    break;
                }
                if (!(data instanceof PyBytes)) {
                    throw Errors.typeError("read() should return bytes");
                }
                byte[] d = ((PyBytes) data).array();
                if (d.length == 0) {
                    break;
                }
                all.write(d, 0, d.length);
            }
            return PyBytes.of(all.toByteArray());
        });
        t.def1("readinto", (self, b) -> {
            throw Errors.notImplemented("");
        });
        t.def1("write", (self, b) -> {
            throw Errors.notImplemented("");
        });
    }

    private static void defineBuffered(PyType t) {
        t.def1("read", 0, (self, n) -> {
            throw unsupported("read");
        });
        t.def1("read1", 0, (self, n) -> {
            throw unsupported("read1");
        });
        t.def1("write", (self, b) -> {
            throw unsupported("write");
        });
        t.def0("detach", self -> {
            throw unsupported("detach");
        });
        t.def1("readinto", (self, b) -> readinto(self, b, "read"));
        t.def1("readinto1", (self, b) -> readinto(self, b, "read1"));
    }

    /** {@code readinto(b)} in terms of {@code read(len(b))}. */
    static PyObject readinto(PyObject self, PyObject target, String method) {
        int size = writableSize(target);
        PyObject data = Ops.callMethod(self, method, PyInt.of(size));
        byte[] d = bytesLike(data);
        if (d.length > size) {
            throw Errors.valueError("read() returned too much data: %d bytes requested, %d returned", size,
                    d.length);
        }
        fill(target, d);
        return PyInt.of(d.length);
    }

    /** The size in bytes of a readinto() target: a bytearray or a writable memoryview. */
    static int writableSize(PyObject target) {
        if (target instanceof PyByteArray ba) {
            return ba.size();
        }
        if (target instanceof dev.weft.runtime.types.PyMemoryView && !Ops.isTrue(Attr.getAttr(target, "readonly"))) {
            return (int) Protocols.indexValue(Attr.getAttr(target, "nbytes"), "int");
        }
        throw Errors.typeError("readinto() argument must be read-write bytes-like object, not %s",
                target.type().name());
    }

    /** Writes {@code d} at the start of a readinto() target. */
    static void fill(PyObject target, byte[] d) {
        if (target instanceof PyByteArray ba) {
            for (int i = 0; i < d.length; i++) {
                ba.set(i, d[i] & 0xff);
            }
            return;
        }
        PyObject view = Ops.callMethod(target, "cast", PyStr.of("B"));
        Protocols.setItem(view, new dev.weft.runtime.types.PySlice(PyInt.of(0), PyInt.of(d.length), PyNone.NONE),
                PyBytes.of(d));
    }

    private static void defineText(PyType t) {
        t.def0("detach", self -> {
            throw unsupported("detach");
        });
        t.def1("read", 0, (self, n) -> {
            throw unsupported("read");
        });
        t.def1("readline", 0, (self, n) -> {
            throw unsupported("readline");
        });
        t.def1("write", (self, s) -> {
            throw unsupported("write");
        });
        t.defGetSet("encoding", self -> PyNone.NONE, null);
        t.defGetSet("newlines", self -> PyNone.NONE, null);
        t.defGetSet("errors", self -> PyNone.NONE, null);
    }

    /** Parses {@code (size=-1)} style arguments of the concrete types. */
    static long sizeArg(String fn, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParse.parse(fn, args, kw, new String[] {"size"}, 0);
        return size(p[0]);
    }

    static PyStr str(String s) {
        return PyStr.of(s);
    }
}

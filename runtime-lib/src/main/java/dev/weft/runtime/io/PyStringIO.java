package dev.weft.runtime.io;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code io.StringIO}: an in-memory text stream of code points. Positions count code points, as
 * in CPython; every method holds the object's monitor, so one object may be shared by threads.
 */
public final class PyStringIO extends PyIOBase {
    public static final PyType TYPE = new PyType("_io.StringIO", PyStringIO.class, IOBaseTypes.TEXT_IOBASE,
            PyStringIO::define, PyType.BASETYPE | PyType.INSTANCE_DICT);

    private int[] text = new int[16];
    private int size;
    private int pos;
    private boolean closed;
    /** The newline argument: null for None. */
    private String newline = "\n";
    private int seen;

    PyStringIO(PyType type) {
        super(type);
    }

    public static PyStringIO create(String initial) {
        PyStringIO s = new PyStringIO(TYPE);
        s.init(initial, "\n");
        return s;
    }

    @Override
    boolean isClosed() {
        return closed;
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file");
        }
    }

    private boolean universal() {
        return newline == null || newline.isEmpty();
    }

    synchronized void init(String initial, String nl) {
        newline = nl;
        size = 0;
        pos = 0;
        seen = 0;
        closed = false;
        if (initial != null && !initial.isEmpty()) {
            write(initial);
            pos = 0;
        }
    }

    /** Writes {@code s} at the position (padding with NULs past the end); returns its length in code points. */
    public synchronized int write(String s) {
        checkOpen();
        int length = s.codePointCount(0, s.length());
        String t = s;
        if (universal()) {
            seen |= Newlines.scan(s);
            if (newline == null) {
                t = Newlines.translate(s);
            }
        } else if (!newline.equals("\n") && s.indexOf('\n') >= 0) {
            t = s.replace("\n", newline);
        }
        int[] cps = t.codePoints().toArray();
        if (cps.length == 0) {
            return length;
        }
        int end = pos + cps.length;
        if (end > text.length) {
            text = Arrays.copyOf(text, Math.max(end, text.length * 2));
        }
        if (pos > size) {
            Arrays.fill(text, size, pos, 0);
        }
        System.arraycopy(cps, 0, text, pos, cps.length);
        pos = end;
        if (end > size) {
            size = end;
        }
        return length;
    }

    public synchronized String getvalue() {
        checkOpen();
        return new String(text, 0, size);
    }

    synchronized String read(long n) {
        checkOpen();
        if (pos >= size) {
            return "";
        }
        int start = pos;
        int end = n < 0 || n > size - start ? size : (int) (start + n);
        pos = end;
        return new String(text, start, end - start);
    }

    synchronized String readline(long limit) {
        checkOpen();
        if (pos >= size) {
            return "";
        }
        int stop = limit < 0 || limit > size - pos ? size : (int) (pos + limit);
        int end = Newlines.lineEnd(text, pos, stop, universal(), newline == null ? "\n" : newline, true);
        if (end < 0) {
            end = stop;
        }
        String line = new String(text, pos, end - pos);
        pos = end;
        return line;
    }

    synchronized long seek(long offset, int whence) {
        checkOpen();
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (whence == 0 && offset < 0) {
            throw Errors.valueError("Negative seek position %d", offset);
        }
        if (whence != 0 && offset != 0) {
            throw Errors.make(ExceptionTypes.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 2) {
            pos = size;
        } else if (whence == 0) {
            pos = (int) Math.min(offset, Integer.MAX_VALUE - 8);
        }
        return pos;
    }

    synchronized long truncate(PyObject sizeArg) {
        checkOpen();
        long n = sizeArg == null || sizeArg == PyNone.NONE ? pos : Protocols.indexValue(sizeArg, "int");
        if (n < 0) {
            throw Errors.valueError("Negative size value %d", n);
        }
        if (n < size) {
            size = (int) n;
        }
        return n;
    }

    synchronized long tell() {
        checkOpen();
        return pos;
    }

    synchronized void close() {
        closed = true;
        text = new int[0];
        size = 0;
    }

    private static PyStringIO self(PyObject o) {
        return (PyStringIO) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyStringIO(cls));
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("StringIO", args, kw, new String[] {"initial_value", "newline"}, 0);
            String nl = a[1] == null ? "\n" : Newlines.check(a[1]);
            String initial = null;
            if (a[0] != null && a[0] != PyNone.NONE) {
                if (!(a[0] instanceof PyStr str)) {
                    throw Errors.typeError("initial_value must be str or None, not %s", a[0].type().name());
                }
                initial = str.value();
            }
            self(s).init(initial, nl);
            return PyNone.NONE;
        });
        t.def1("write", (s, v) -> {
            if (!(v instanceof PyStr str)) {
                throw Errors.typeError("string argument expected, got '%s'", v.type().name());
            }
            return PyInt.of(self(s).write(str.value()));
        });
        t.def0("getvalue", s -> PyStr.of(self(s).getvalue()));
        t.def1("read", 0, (s, n) -> PyStr.of(self(s).read(IOBaseTypes.size(n))));
        t.def1("readline", 0, (s, n) -> PyStr.of(self(s).readline(IOBaseTypes.size(n))));
        t.def1("readlines", 0, (s, hint) -> {
            long h = IOBaseTypes.size(hint);
            if (s.type() != TYPE) {
                return IOBaseTypes.readlines(s, h);
            }
            List<PyObject> lines = new ArrayList<>();
            long total = 0;
            for (String l = self(s).readline(-1); !l.isEmpty(); l = self(s).readline(-1)) {
                lines.add(PyStr.of(l));
                total += l.codePointCount(0, l.length());
                if (h > 0 && total >= h) {
                    break;
                }
            }
            return new PyList(lines);
        });
        t.def0("__next__", s -> {
            String l;
            if (s.type() == TYPE) {
                l = self(s).readline(-1);
            } else {
                self(s).checkOpen();
                PyObject line = dev.weft.runtime.ops.Ops.callMethod(s, "readline");
                if (!(line instanceof PyStr ls)) {
                    throw Errors.make(ExceptionTypes.OSError, "readline() should have returned a str object, not '%s'",
                            line.type().name());
                }
                l = ls.value();
            }
            if (l.isEmpty()) {
                throw Errors.stopIteration(null);
            }
            return PyStr.of(l);
        });
        t.def2("seek", 1, (s, off, wh) -> PyInt.of(self(s).seek(IOBaseTypes.intArg(off),
                wh == null ? 0 : (int) IOBaseTypes.intArg(wh))));
        t.def0("tell", s -> PyInt.of(self(s).tell()));
        t.def1("truncate", 0, (s, n) -> PyInt.of(self(s).truncate(n)));
        t.def0("close", s -> {
            self(s).close();
            return PyNone.NONE;
        });
        t.defGetSet("closed", s -> PyBool.of(self(s).closed), null);
        t.def0("readable", s -> {
            self(s).checkOpen();
            return PyBool.TRUE;
        });
        t.def0("writable", s -> {
            self(s).checkOpen();
            return PyBool.TRUE;
        });
        t.def0("seekable", s -> {
            self(s).checkOpen();
            return PyBool.TRUE;
        });
        t.defGetSet("line_buffering", s -> {
            self(s).checkOpen();
            return PyBool.FALSE;
        }, null);
        t.defGetSet("newlines", s -> {
            PyStringIO io = self(s);
            synchronized (io) {
                io.checkOpen();
                return io.universal() ? Newlines.report(io.seen) : PyNone.NONE;
            }
        }, null);
    }
}

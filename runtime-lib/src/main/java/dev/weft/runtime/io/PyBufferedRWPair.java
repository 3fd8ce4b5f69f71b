package dev.weft.runtime.io;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;

/** {@code io.BufferedRWPair(reader, writer)}: reads from one raw stream, writes to another. */
public final class PyBufferedRWPair extends PyIOBase {
    public static final PyType TYPE = new PyType("_io.BufferedRWPair", PyBufferedRWPair.class,
            IOBaseTypes.BUFFERED_IOBASE, PyBufferedRWPair::define, PyType.BASETYPE | PyType.INSTANCE_DICT);

    private PyObject reader;
    private PyObject writer;

    private PyBufferedRWPair(PyType type) {
        super(type);
    }

    @Override
    boolean isClosed() {
        return Ops.isTrue(Attr.getAttr(writer, "closed"));
    }

    private static PyBufferedRWPair self(PyObject o) {
        return (PyBufferedRWPair) o;
    }

    private static PyObject buffered(PyType type, PyObject raw, PyObject size) {
        return type.call(size == null ? new PyObject[] {raw} : new PyObject[] {raw, size}, null);
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyObject[] a = ArgParse.parse("BufferedRWPair", args, kw, new String[] {"reader", "writer",
                "buffer_size"}, 2);
            PyBufferedRWPair p = new PyBufferedRWPair(cls);
            IOBaseTypes.checkReadable(a[0]);
            IOBaseTypes.checkWritable(a[1]);
            p.reader = buffered(FileMethods.READER, a[0], a[2]);
            p.writer = buffered(FileMethods.WRITER, a[1], a[2]);
            return p;
        });
        t.defV("__init__", (s, args, kw) -> PyNone.NONE); // __new__ did the work
        for (String m : new String[] {"read", "read1", "peek", "readline"}) {
            t.def1(m, 0, (s, n) -> n == null ? Ops.callMethod(self(s).reader, m)
                    : Ops.callMethod(self(s).reader, m, n));
        }
        t.def1("readinto", (s, b) -> Ops.callMethod(self(s).reader, "readinto", b));
        t.def1("readinto1", (s, b) -> Ops.callMethod(self(s).reader, "readinto1", b));
        t.def1("write", (s, b) -> Ops.callMethod(self(s).writer, "write", b));
        t.def0("flush", s -> Ops.callMethod(self(s).writer, "flush"));
        t.def0("readable", s -> Ops.callMethod(self(s).reader, "readable"));
        t.def0("writable", s -> Ops.callMethod(self(s).writer, "writable"));
        t.def0("seekable", s -> PyBool.FALSE);
        t.def0("isatty", s -> PyBool.of(Ops.isTrue(Ops.callMethod(self(s).reader, "isatty"))
                || Ops.isTrue(Ops.callMethod(self(s).writer, "isatty"))));
        t.def0("close", s -> {
            try {
                Ops.callMethod(self(s).writer, "close");
            } finally {
                Ops.callMethod(self(s).reader, "close");
            }
            return PyNone.NONE;
        });
        t.defGetSet("closed", s -> Attr.getAttr(self(s).writer, "closed"), null);
        t.def0("__next__", s -> {
            PyObject line = Ops.callMethod(self(s).reader, "readline");
            if (dev.weft.runtime.ops.Protocols.len(line) == 0) {
                throw dev.weft.runtime.exc.Errors.stopIteration(null);
            }
            return line;
        });
    }
}

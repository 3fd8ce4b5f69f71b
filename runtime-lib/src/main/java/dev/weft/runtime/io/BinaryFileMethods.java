package dev.weft.runtime.io;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** The methods of FileIO, BufferedReader, BufferedWriter and BufferedRandom. */
final class BinaryFileMethods {
    private BinaryFileMethods() { }

    private static PyBinaryFile f(PyObject o) {
        return (PyBinaryFile) o;
    }

    static void define(PyType t, String name) {
        boolean rawType = name.equals("FileIO");
        if (rawType) {
            t.defNew((cls, args, kw) -> {
                PyObject[] a = ArgParse.parse("FileIO", args, kw, new String[] {"file", "mode", "closefd", "opener"}, 1);
                String mode = a[1] == null ? "r" : Ops.strString(a[1]);
                PyObject file = a[0];
                if (!(file instanceof PyStr) && !(file instanceof PyBytes) && !(file instanceof PyInt)
                        && file.type().lookup("__fspath__") != null) {
                    file = Ops.callMethod(file, "__fspath__");
                }
                PyBinaryFile raw = FileMethods.openRaw(file, FileMethods.parseMode(mode, true),
                        a[2] == null || Ops.isTrue(a[2]), a[3] == null ? PyNone.NONE : a[3]);
                if (cls == FileMethods.FILE_IO) {
                    return raw;
                }
                return new PyBinaryFile(cls, raw.stream, raw.name, raw.rawMode, raw.readable, raw.writable,
                        raw.closefd, null, IOBaseTypes.DEFAULT_BUFFER_SIZE);
            });
            t.defGetSet("closefd", self -> PyBool.of(f(self).closefd), null);
            t.def0("readall", self -> PyBytes.of(f(self).readall()));
        } else {
            t.defNew((cls, args, kw) -> {
                PyObject[] a = ArgParse.parse(name, args, kw, new String[] {"raw", "buffer_size"}, 1);
                long size = a[1] == null ? IOBaseTypes.DEFAULT_BUFFER_SIZE : Protocols.indexValue(a[1], "int");
                if (size <= 0) {
                    throw Errors.valueError("buffer size must be strictly positive");
                }
                PyBinaryFile raw;
                if (a[0] instanceof PyBinaryFile r && r.raw == null) {
                    raw = r;
                } else if (!(a[0] instanceof PyBinaryFile) && a[0].type().lookup("readinto") != null
                        && a[0].type().lookup("write") != null) {
                    raw = PythonRawStream.wrap(a[0]); // a raw stream written in Python (socket.SocketIO)
                } else {
                    throw Errors.notImplemented("%s over a raw stream of type '%s' is not supported by weft yet",
                            name, a[0].type().name());
                }
                return PyBinaryFile.buffered(cls, raw, (int) Math.min(size, 1 << 26));
            });
            t.defGetSet("raw", self -> f(self).raw.stream instanceof PythonRawStream p ? p.raw : f(self).raw, null);
            t.def1("peek", 0, (self, n) -> PyBytes.of(f(self).peek()));
            t.def0("detach", self -> {
                f(self).flush();
                return f(self).raw;
            });
        }
        t.defV("__init__", (self, args, kw) -> PyNone.NONE); // __new__ did the work
        t.def1("read", 0, (self, n) -> PyBytes.of(f(self).read(IOBaseTypes.size(n))));
        t.def1("read1", 0, (self, n) -> PyBytes.of(f(self).read1(IOBaseTypes.size(n))));
        t.def1("readline", 0, (self, n) -> PyBytes.of(f(self).readline(IOBaseTypes.size(n))));
        t.def1("readinto", (self, b) -> readinto(f(self), b, false));
        t.def1("readinto1", (self, b) -> readinto(f(self), b, true));
        t.def1("write", (self, data) -> PyInt.of(f(self).write(IOBaseTypes.bytesLike(data))));
        t.def0("__next__", self -> {
            byte[] l = f(self).readline(-1);
            if (l.length == 0) {
                throw Errors.stopIteration(null);
            }
            return PyBytes.of(l);
        });
        t.def0("flush", self -> {
            f(self).flush();
            return PyNone.NONE;
        });
        t.def0("close", self -> {
            f(self).close();
            return PyNone.NONE;
        });
        t.def2("seek", 1, (self, c, w) -> PyInt.of(f(self).seek(IOBaseTypes.intArg(c),
                w == null ? 0 : (int) IOBaseTypes.intArg(w))));
        t.def0("tell", self -> PyInt.of(f(self).tell()));
        t.def1("truncate", 0, (self, n) -> PyInt.of(f(self).truncate(
                n == null || n == PyNone.NONE ? null : Protocols.indexValue(n, "int"))));
        t.def0("readable", self -> {
            f(self).checkOpen();
            return PyBool.of(f(self).readable);
        });
        t.def0("writable", self -> {
            f(self).checkOpen();
            return PyBool.of(f(self).writable);
        });
        t.def0("seekable", self -> PyBool.of(f(self).seekable()));
        t.def0("fileno", self -> {
            f(self).checkOpen();
            int fd = f(self).stream.fileno();
            if (fd < 0) {
                throw IOBaseTypes.unsupported("fileno");
            }
            return PyInt.of(fd);
        });
        t.def0("isatty", self -> {
            f(self).checkOpen();
            int fd = f(self).stream.fileno();
            return PyBool.of(fd >= 0 && fd <= 2 && System.console() != null);
        });
        t.defGetSet("closed", self -> PyBool.of(f(self).isClosed()), null);
        // FileIO keeps its name as a plain attribute (tempfile renames it); buffered files show raw's
        t.defGetSet("name", self -> f(self).raw != null ? f(self).raw.name : f(self).name, !rawType ? null : (self, value) -> {
            if (value == null) {
                throw dev.weft.runtime.exc.Errors.attributeError("name");
            }
            f(self).name = value;
            return dev.weft.runtime.types.PyNone.NONE;
        });
        t.defGetSet("mode", self -> PyStr.of(f(self).rawMode), null);
        t.def0("__repr__", self -> {
            PyBinaryFile b = f(self);
            String tn = self.type().name();
            if (rawType) {
                if (b.isClosed()) {
                    return PyStr.of("<" + tn + " [closed]>");
                }
                return PyStr.of("<" + tn + " name=" + Ops.reprString(b.name) + " mode='" + b.rawMode
                        + "' closefd=" + (b.closefd ? "True" : "False") + ">");
            }
            PyObject n = Attr.getAttrOrNull(self, "name");
            return PyStr.of("<" + tn + (n == null ? "" : " name=" + Ops.reprString(n)) + ">");
        });
    }

    private static PyObject readinto(PyBinaryFile f, PyObject target, boolean one) {
        int size = IOBaseTypes.writableSize(target);
        byte[] d = one ? f.read1(size) : f.read(size);
        IOBaseTypes.fill(target, d);
        return PyInt.of(d.length);
    }
}

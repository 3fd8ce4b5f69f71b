package dev.weft.runtime.io;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PyOSError;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code open()} and the methods of file objects. */
public final class FileMethods {
    private FileMethods() { }

    /** {@code io.UnsupportedOperation}: both OSError and ValueError. */
    public static final PyType UNSUPPORTED_OPERATION = new PyType("UnsupportedOperation", PyOSError.class,
            new PyType[] {ExceptionTypes.OSError, ExceptionTypes.ValueError}, t -> { },
            PyType.BASETYPE | PyType.IMMUTABLE | PyType.INSTANCE_DICT);

    static PyException unsupported(String msg) {
        return Errors.make(UNSUPPORTED_OPERATION, msg);
    }

    static PyException ioError(IOException e, PyObject name) {
        return PyOSError.of(5, String.valueOf(e.getMessage()), name);
    }

    private static PyFile f(PyObject o) {
        return (PyFile) o;
    }

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)}. */
    public static PyObject open(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParse.parse("open", args, kw,
                new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
        PyObject file = p[0];
        if (!(file instanceof PyStr)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", file.type().name());
        }
        String mode = p[1] == null ? "r" : Ops.strString(p[1]);
        String path = file.toString();
        int r = 0, w = 0, a = 0, x = 0, b = 0, t = 0, plus = 0;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'r': r++; break;
                case 'w': w++; break;
                case 'a': a++; break;
                case 'x': x++; break;
                case 'b': b++; break;
                case 't': t++; break;
                case '+': plus++; break;
                default: throw Errors.valueError("invalid mode: '%s'", mode);
            }
        }
        if (r + w + a + x != 1 || b + t > 1 || b > 1 || t > 1 || plus > 1) {
            if (b + t > 1 && b > 0 && t > 0) {
                throw Errors.valueError("can't have text and binary mode at once");
            }
            if (r + w + a + x > 1) {
                throw Errors.valueError("must have exactly one of create/read/write/append mode");
            }
            throw Errors.valueError(r + w + a + x == 0 ? "Must have exactly one of create/read/write/append mode and at most one plus"
                    : "invalid mode: '%s'", mode);
        }
        boolean binary = b == 1;
        if (binary && p[3] != null && p[3] != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && p[4] != null && p[4] != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && p[5] != null && p[5] != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        String encoding = p[3] == null || p[3] == PyNone.NONE ? "utf-8" : Ops.strString(p[3]);
        String errors = p[4] == null || p[4] == PyNone.NONE ? "strict" : Ops.strString(p[4]);
        String newline = p[5] == null || p[5] == PyNone.NONE ? null : Ops.strString(p[5]);
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", newline);
        }
        if (!binary) {
            dev.weft.runtime.text.Codecs.encode("", encoding, "strict");
        }
        File fsFile = new File(path);
        if (fsFile.isDirectory()) {
            throw PyOSError.of(21, "Is a directory", file);
        }
        if (r == 1 && !fsFile.exists()) {
            throw PyOSError.of(2, "No such file or directory", file);
        }
        if (x == 1 && fsFile.exists()) {
            throw PyOSError.of(17, "File exists", file);
        }
        if ((w + a + x) == 1 && fsFile.getAbsoluteFile().getParentFile() != null
                && !fsFile.getAbsoluteFile().getParentFile().exists()) {
            throw PyOSError.of(2, "No such file or directory", file);
        }
        try {
            BufferedInputStream in = null;
            BufferedOutputStream out = null;
            if (r == 1) {
                in = new BufferedInputStream(new FileInputStream(fsFile));
                if (plus == 1) {
                    throw Errors.notImplemented("open() mode '%s' is not supported by weft yet", mode);
                }
            } else {
                out = new BufferedOutputStream(new FileOutputStream(fsFile, a == 1));
                if (plus == 1) {
                    out.close();
                    throw Errors.notImplemented("open() mode '%s' is not supported by weft yet", mode);
                }
            }
            PyType type = !binary ? PyFile.TEXT_TYPE : in != null ? PyFile.READER_TYPE : PyFile.WRITER_TYPE;
            return new PyFile(type, file, mode, !binary, encoding, errors, newline, in, out, true);
        } catch (java.io.FileNotFoundException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Permission denied")) {
                throw PyOSError.of(13, "Permission denied", file);
            }
            throw PyOSError.of(2, "No such file or directory", file);
        } catch (IOException e) {
            throw ioError(e, file);
        }
    }

    private static long size(PyObject o) {
        return o == null || o == PyNone.NONE ? -1 : Protocols.index(o, null).longValue();
    }

    private static void defineCommon(PyType t) {
        t.def0("close", self -> {
            f(self).close();
            return PyNone.NONE;
        });
        t.def0("flush", self -> {
            f(self).checkOpen();
            f(self).flush();
            return PyNone.NONE;
        });
        t.def0("__enter__", self -> {
            f(self).checkOpen();
            return self;
        });
        t.def3("__exit__", 0, (self, a, b, c) -> {
            f(self).close();
            return PyNone.NONE;
        });
        t.def0("__iter__", self -> {
            f(self).checkOpen();
            return self;
        });
        t.def0("readable", self -> PyBool.of(f(self).readable()));
        t.def0("writable", self -> PyBool.of(f(self).writable()));
        t.def0("seekable", self -> PyBool.FALSE);
        t.def0("isatty", self -> PyBool.FALSE);
        t.defGetSet("closed", self -> PyBool.of(f(self).closed), null);
        t.defGetSet("name", self -> f(self).name, null);
        t.defGetSet("mode", self -> PyStr.of(f(self).mode), null);
        t.def1("writelines", (self, lines) -> {
            for (PyObject line : Protocols.toArray(lines)) {
                Ops.callMethod(self, "write", line);
            }
            return PyNone.NONE;
        });
    }

    static void defineText(PyType t) {
        defineCommon(t);
        t.def1("read", 0, (self, n) -> PyStr.of(f(self).readText(size(n))));
        t.def1("readline", 0, (self, n) -> PyStr.of(f(self).readLineText(size(n))));
        t.def1("readlines", 0, (self, n) -> {
            List<PyObject> lines = new ArrayList<>();
            for (String l = f(self).readLineText(-1); !l.isEmpty(); l = f(self).readLineText(-1)) {
                lines.add(PyStr.of(l));
            }
            return new PyList(lines);
        });
        t.def1("write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("write() argument must be str, not %s", s.type().name());
            }
            f(self).writeText(str.value());
            return PyInt.of(str.length());
        });
        t.def0("__next__", self -> {
            String l = f(self).readLineText(-1);
            if (l.isEmpty()) {
                throw Errors.stopIteration(null);
            }
            return PyStr.of(l);
        });
        t.defGetSet("encoding", self -> PyStr.of(f(self).encoding), null);
        t.defGetSet("errors", self -> PyStr.of(f(self).errors), null);
        t.def0("__repr__", self -> PyStr.of("<_io.TextIOWrapper name=" + Ops.reprString(f(self).name) + " mode='"
                + f(self).mode + "' encoding='" + f(self).encoding + "'>"));
    }

    static void defineBinary(PyType t) {
        defineCommon(t);
        t.def1("read", 0, (self, n) -> PyBytes.of(f(self).readBytes(size(n))));
        t.def1("readline", 0, (self, n) -> PyBytes.of(f(self).readLineBytes(size(n))));
        t.def1("readlines", 0, (self, n) -> {
            List<PyObject> lines = new ArrayList<>();
            for (byte[] l = f(self).readLineBytes(-1); l.length > 0; l = f(self).readLineBytes(-1)) {
                lines.add(PyBytes.of(l));
            }
            return new PyList(lines);
        });
        t.def1("write", (self, data) -> {
            byte[] bytes = data instanceof PyBytes pb ? pb.array() : data instanceof PyByteArray ba ? ba.toByteArray() : null;
            if (bytes == null) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", data.type().name());
            }
            f(self).writeBytes(bytes);
            return PyInt.of(bytes.length);
        });
        t.def0("__next__", self -> {
            byte[] l = f(self).readLineBytes(-1);
            if (l.length == 0) {
                throw Errors.stopIteration(null);
            }
            return PyBytes.of(l);
        });
        t.def0("__repr__", self -> PyStr.of("<_io." + self.type().name() + " name=" + Ops.reprString(f(self).name) + ">"));
    }
}

package dev.weft.runtime.io;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PyOSError;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/** {@code open()} and the file types of {@code _io}: FileIO, the Buffered* types and TextIOWrapper. */
public final class FileMethods {
    private FileMethods() { }

    /** {@code io.UnsupportedOperation}: both OSError and ValueError. */
    public static final PyType UNSUPPORTED_OPERATION = IOBaseTypes.UNSUPPORTED_OPERATION;

    public static final PyType FILE_IO = binaryType("FileIO", IOBaseTypes.RAW_IOBASE);
    public static final PyType READER = binaryType("BufferedReader", IOBaseTypes.BUFFERED_IOBASE);
    public static final PyType WRITER = binaryType("BufferedWriter", IOBaseTypes.BUFFERED_IOBASE);
    public static final PyType RANDOM = binaryType("BufferedRandom", IOBaseTypes.BUFFERED_IOBASE);

    private static PyType binaryType(String name, PyType base) {
        return new PyType("_io." + name, PyBinaryFile.class, base, t -> BinaryFileMethods.define(t, name),
                PyType.BASETYPE | PyType.INSTANCE_DICT);
    }

    static PyException unsupported(String msg) {
        return IOBaseTypes.unsupported(msg);
    }

    static PyException ioError(IOException e, PyObject name) {
        if (e instanceof NoSuchFileException) {
            return PyOSError.of(2, "No such file or directory", name);
        }
        if (e instanceof FileAlreadyExistsException) {
            return PyOSError.of(17, "File exists", name);
        }
        if (e instanceof AccessDeniedException) {
            return PyOSError.of(13, "Permission denied", name);
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("Is a directory")) {
            return PyOSError.of(21, "Is a directory", name);
        }
        if (m.contains("Broken pipe")) {
            return PyOSError.of(32, "Broken pipe", null);   // CPython names no file for EPIPE
        }
        return PyOSError.of(5, m, name);
    }

    /** The parsed mode of open() / FileIO. */
    record Mode(boolean creating, boolean reading, boolean writing, boolean appending, boolean plus, boolean binary,
                boolean text) {
        boolean readable() {
            return reading || plus;
        }

        boolean writable() {
            return writing || appending || creating || plus;
        }

        /** FileIO.mode as CPython reports it. */
        String rawMode() {
            if (creating) {
                return plus ? "xb+" : "xb";
            }
            if (appending) {
                return plus ? "ab+" : "ab";
            }
            if (reading || plus) {
                return writable() ? "rb+" : "rb";
            }
            return "wb";
        }
    }

    static Mode parseMode(String mode, boolean forFileIO) {
        Set<Character> seenChars = new HashSet<>();
        for (char c : mode.toCharArray()) {
            if ((forFileIO ? "xrwab+" : "axrwb+t").indexOf(c) < 0 || !seenChars.add(c)) {
                throw Errors.valueError("invalid mode: '%s'", mode);
            }
        }
        boolean creating = mode.indexOf('x') >= 0;
        boolean reading = mode.indexOf('r') >= 0;
        boolean writing = mode.indexOf('w') >= 0;
        boolean appending = mode.indexOf('a') >= 0;
        boolean plus = mode.indexOf('+') >= 0;
        boolean binary = mode.indexOf('b') >= 0;
        boolean text = mode.indexOf('t') >= 0;
        if (text && binary) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        return new Mode(creating, reading, writing, appending, plus, binary || forFileIO, text);
    }

    private static String optStr(String fn, String arg, PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument '%s' must be str or None, not %s", fn, arg, o.type().name());
        }
        return s.value();
    }

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)}. */
    public static PyObject open(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParse.parse("open", args, kw,
                new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
        PyObject file = p[0];
        String mode = p[1] == null ? "r" : optStr("open", "mode", p[1]);
        if (mode == null) {
            throw Errors.typeError("open() argument 'mode' must be str, not NoneType");
        }
        long buffering = p[2] == null ? -1 : Protocols.indexValue(p[2], "int");
        String encoding = optStr("open", "encoding", p[3]);
        String errors = optStr("open", "errors", p[4]);
        String newline = optStr("open", "newline", p[5]);
        boolean closefd = p[6] == null || Ops.isTrue(p[6]);
        PyObject opener = p[7] == null ? PyNone.NONE : p[7];
        if (!(file instanceof PyStr) && !(file instanceof PyBytes) && !(file instanceof PyInt)) {
            if (file.type().lookup("__fspath__") != null) {
                file = Ops.callMethod(file, "__fspath__");
            } else {
                throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", file.type().name());
            }
        }
        Mode m = parseMode(mode, false);
        if (m.binary && encoding != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (m.binary && errors != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (m.binary && newline != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (!m.binary) {
            Newlines.check(p[5], false);
        }
        if (buffering == 0 && !m.binary) {
            throw Errors.valueError("can't have unbuffered text I/O");
        }
        if (!m.binary) {
            Codecs_check(encoding);
        }
        PyBinaryFile raw = openRaw(file, m, closefd, opener);
        if (buffering == 0) {
            return raw;
        }
        int size = buffering > 1 ? (int) Math.min(buffering, 1 << 26) : IOBaseTypes.DEFAULT_BUFFER_SIZE;
        PyType bufType = m.readable() && m.writable() ? RANDOM : m.readable() ? READER : WRITER;
        PyBinaryFile buffered = PyBinaryFile.buffered(bufType, raw, size);
        if (m.binary) {
            return buffered;
        }
        try {
            PyFile text = new PyFile(PyFile.TEXT_TYPE, buffered, encoding == null ? "utf-8" : encoding,
                    errors == null ? "strict" : errors, newline, buffering == 1, false);
            text.instanceDict().setItem(PyStr.intern("mode"), PyStr.of(mode));
            return text;
        } catch (PyException e) {
            buffered.close();
            throw e;
        }
    }

    private static void Codecs_check(String encoding) {
        if (encoding != null) {
            IoCodecs.encode("", encoding, "strict");
        }
    }

    /** Opens the raw FileIO of {@code open()} or of {@code FileIO(name, mode, closefd, opener)}. */
    static PyBinaryFile openRaw(PyObject file, Mode m, boolean closefd, PyObject opener) {
        String rawMode = m.rawMode();
        if (file instanceof PyInt fdObj) {
            int fd = (int) fdObj.longValue();
            if (fd < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            return fromDescriptor(fd, file, m, closefd);
        }
        if (!closefd) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        String path = file instanceof PyBytes b ? new String(b.array(), java.nio.charset.StandardCharsets.UTF_8)
                : ((PyStr) file).value();
        if (path.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        if (opener != PyNone.NONE) {
            PyObject fdObj = Calls.call(opener, new PyObject[] {file, PyInt.of(openFlags(m))}, null);
            if (!(fdObj instanceof PyInt fd)) {
                throw Errors.typeError("expected integer from opener");
            }
            if (fd.longValue() < 0) {
                throw Errors.valueError("opener returned %d", fd.longValue());
            }
            PyBinaryFile f = fromDescriptor((int) fd.longValue(), file, m, true);
            return f;
        }
        Path fsPath = Paths.get(path.isEmpty() ? "\0" : path);
        if (Files.isDirectory(fsPath)) {
            if (m.writable()) {
                throw PyOSError.of(21, "Is a directory", file);
            }
            throw PyOSError.of(21, "Is a directory", file);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (m.readable()) {
            opts.add(StandardOpenOption.READ);
        }
        if (m.writable()) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (m.writing) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (m.appending) {
            opts.add(StandardOpenOption.CREATE);
        } else if (m.creating) {
            opts.add(StandardOpenOption.CREATE_NEW);
        }
        try {
            FileChannel ch = FileChannel.open(fsPath, opts);
            if (m.appending) {
                ch.position(ch.size());
            }
            int fd = dev.weft.runtime.modules.posix.FileDescriptors.register(ch, fsPath);
            ByteStream s = new ByteStream.Channel(ch, m.appending, fd);
            return new PyBinaryFile(FILE_IO, s, file, rawMode, m.readable(), m.writable(), true, null,
                    IOBaseTypes.DEFAULT_BUFFER_SIZE);
        } catch (java.nio.file.InvalidPathException e) {
            throw PyOSError.of(2, "No such file or directory", file);
        } catch (IOException e) {
            throw ioError(e, file);
        }
    }

    private static int openFlags(Mode m) {
        int flags = m.readable() && m.writable() ? 2 : m.writable() ? 1 : 0;
        if (m.writing) {
            flags |= 0x40 | 0x200; // O_CREAT | O_TRUNC
        } else if (m.appending) {
            flags |= 0x40 | 0x400; // O_CREAT | O_APPEND
        } else if (m.creating) {
            flags |= 0x40 | 0x80; // O_CREAT | O_EXCL
        }
        return flags | 0x80000; // O_CLOEXEC
    }

    private static PyBinaryFile fromDescriptor(int fd, PyObject name, Mode m, boolean closefd) {
        ByteStream s;
        if (fd <= 2) {
            s = new ByteStream.Streams(fd == 0 ? new java.io.FileInputStream(java.io.FileDescriptor.in) : null,
                    fd == 1 ? new java.io.FileOutputStream(java.io.FileDescriptor.out)
                            : fd == 2 ? new java.io.FileOutputStream(java.io.FileDescriptor.err) : null, fd);
            closefd = false; // closing the JVM's own standard stream is never wanted
        } else {
            FileChannel ch = dev.weft.runtime.modules.posix.FileDescriptors.channelOrNull(fd);
            dev.weft.runtime.modules.posix.InProcessPipe.End pipe =
                    dev.weft.runtime.modules.posix.FileDescriptors.pipeEndOrNull(fd);
            if (ch != null) {
                s = new ByteStream.Channel(ch, m.appending, fd);
            } else if (pipe != null) {
                s = new ByteStream.PipeEnd(pipe, fd);
            } else {
                throw PyOSError.of(9, "Bad file descriptor", null);
            }
        }
        return new PyBinaryFile(FILE_IO, s, name, m.rawMode(), m.readable(), m.writable(), closefd, null,
                IOBaseTypes.DEFAULT_BUFFER_SIZE);
    }

    // ---- TextIOWrapper ----

    private static PyFile f(PyObject o) {
        return (PyFile) o;
    }

    static void defineText(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyObject[] a = ArgParse.parse("TextIOWrapper", args, kw, new String[] {"buffer", "encoding", "errors",
                    "newline", "line_buffering", "write_through"}, 1);
            String enc = optStr("TextIOWrapper", "encoding", a[1]);
            String err = optStr("TextIOWrapper", "errors", a[2]);
            String nl = Newlines.check(a[3], false);
            if (enc == null) {
                enc = "utf-8";
            }
            return new PyFile(cls, a[0], enc, err == null ? "strict" : err, nl, a[4] != null && Ops.isTrue(a[4]),
                    a[5] != null && Ops.isTrue(a[5]));
        });
        t.defV("__init__", (self, args, kw) -> PyNone.NONE); // __new__ did the work
        t.def1("read", 0, (self, n) -> PyStr.of(f(self).read(IOBaseTypes.size(n))));
        t.def1("readline", 0, (self, n) -> PyStr.of(f(self).readline(IOBaseTypes.size(n))));
        t.def1("write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("write() argument must be str, not %s", s.type().name());
            }
            return PyInt.of(f(self).write(str.value()));
        });
        t.def0("__next__", self -> {
            String l = f(self).readline(-1);
            if (l.isEmpty()) {
                throw Errors.stopIteration(null);
            }
            return PyStr.of(l);
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
        t.def0("detach", self -> f(self).detach());
        t.def0("readable", self -> PyBool.of(f(self).readable()));
        t.def0("writable", self -> PyBool.of(f(self).writable()));
        t.def0("seekable", self -> PyBool.of(f(self).seekable()));
        t.def0("fileno", self -> Ops.callMethod(f(self).buffer, "fileno"));
        t.def0("isatty", self -> Ops.callMethod(f(self).buffer, "isatty"));
        t.defGetSet("closed", self -> PyBool.of(f(self).isClosed()), null);
        t.defGetSet("name", self -> Attr.getAttr(f(self).buffer, "name"), null);
        t.defGetSet("buffer", self -> f(self).buffer, null);
        t.defGetSet("encoding", self -> PyStr.of(f(self).encoding), null);
        t.defGetSet("errors", self -> PyStr.of(f(self).errors), null);
        t.defGetSet("newlines", self -> f(self).newlines(), null);
        t.defGetSet("line_buffering", self -> PyBool.of(f(self).lineBuffering), null);
        t.defGetSet("write_through", self -> PyBool.of(f(self).writeThrough), null);
        t.defGetSet("_CHUNK_SIZE", self -> PyInt.of(8192), null);
        t.defV("reconfigure", (self, args, kw) -> {
            if (args.length > (kw == null ? 0 : kw.length)) {
                throw Errors.typeError("reconfigure() takes no positional arguments");
            }
            PyObject[] a = ArgParse.parse("reconfigure", args, kw, new String[] {"encoding", "errors", "newline",
                    "line_buffering", "write_through"}, 0);
            String nl = null;
            if (a[2] != null) {
                String v = Newlines.check(a[2]);
                nl = v == null ? "\u0000none" : v;
            }
            f(self).reconfigure(optStr("reconfigure", "encoding", a[0]), optStr("reconfigure", "errors", a[1]), nl,
                    a[3] == null || a[3] == PyNone.NONE ? null : Ops.isTrue(a[3]),
                    a[4] == null || a[4] == PyNone.NONE ? null : Ops.isTrue(a[4]));
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> {
            StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
            PyObject name = Attr.getAttrOrNull(self, "name");
            if (name != null) {
                sb.append(" name=").append(Ops.reprString(name));
            }
            PyObject mode = Attr.getAttrOrNull(self, "mode");
            if (mode != null) {
                sb.append(" mode=").append(Ops.reprString(mode));
            }
            sb.append(" encoding='").append(f(self).encoding).append("'>");
            return PyStr.of(sb.toString());
        });
    }
}

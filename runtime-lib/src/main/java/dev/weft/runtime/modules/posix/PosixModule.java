package dev.weft.runtime.modules.posix;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.StructSeq;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code posix}: the operating-system primitives CPython's {@code os} module (compiled from
 * its Lib/os.py) is built on, over the JDK's file system API. The working directory is the
 * JVM's and cannot change ({@code chdir} raises NotImplementedError); descriptors are those of
 * {@link FileDescriptors}.
 */
public final class PosixModule {
    private PosixModule() { }

    private static volatile int umask = 022;

    static final StructSeq TERMINAL_SIZE = new StructSeq("os", "terminal_size", "columns", "lines");
    static final StructSeq TIMES_RESULT = new StructSeq("posix", "times_result", "user", "system",
            "children_user", "children_system", "elapsed");
    static final StructSeq UNAME_RESULT = new StructSeq("posix", "uname_result", "sysname", "nodename", "release",
            "version", "machine");

    public static PyModule create() {
        PyModule m = ModuleTypes.module("posix", "This module provides access to operating system functionality "
                + "that is standardized by the C Standard and the POSIX standard (a thinly disguised Unix interface).");
        constants(m);
        m.put("error", ExceptionTypes.OSError);
        m.put("stat_result", StatResults.STAT_RESULT.type());
        m.put("terminal_size", TERMINAL_SIZE.type());
        m.put("times_result", TIMES_RESULT.type());
        m.put("uname_result", UNAME_RESULT.type());
        m.put("DirEntry", DirEntry.TYPE);
        m.put("environ", environ());
        m.put("_have_functions", new PyList());
        FileFunctions.define(m);
        ProcessFunctions.define(m);
        return m;
    }

    private static void constants(PyModule m) {
        Object[][] ints = {
            {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
            {"O_RDONLY", FileDescriptors.O_RDONLY}, {"O_WRONLY", FileDescriptors.O_WRONLY},
            {"O_RDWR", FileDescriptors.O_RDWR}, {"O_CREAT", FileDescriptors.O_CREAT}, {"O_EXCL", FileDescriptors.O_EXCL},
            {"O_NOCTTY", FileDescriptors.O_NOCTTY}, {"O_TRUNC", FileDescriptors.O_TRUNC},
            {"O_APPEND", FileDescriptors.O_APPEND}, {"O_NONBLOCK", FileDescriptors.O_NONBLOCK},
            {"O_NDELAY", FileDescriptors.O_NONBLOCK}, {"O_DSYNC", FileDescriptors.O_DSYNC},
            {"O_SYNC", FileDescriptors.O_SYNC}, {"O_DIRECTORY", FileDescriptors.O_DIRECTORY},
            {"O_NOFOLLOW", FileDescriptors.O_NOFOLLOW}, {"O_CLOEXEC", FileDescriptors.O_CLOEXEC},
            {"O_ACCMODE", FileDescriptors.O_ACCMODE},
            {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2},
            {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_SOFTWARE", 70},
            {"EX_OSERR", 71}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
            {"WNOHANG", 1}, {"WUNTRACED", 2},
        };
        for (Object[] c : ints) {
            m.put((String) c[0], PyInt.of((Integer) c[1]));
        }
    }

    /** {@code posix.environ}: the environment at start-up, bytes to bytes, as CPython's on POSIX. */
    private static PyDict environ() {
        PyDict d = new PyDict();
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            d.setItem(PyBytes.of(e.getKey().getBytes(StandardCharsets.UTF_8)),
                    PyBytes.of(e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        return d;
    }

    static PyObject[] args(String fn, PyObject[] args, String[] kw, String[] names, int required) {
        PyObject[] a = ArgParse.parse(fn, args, kw, names, required);
        for (int i = 0; i < names.length; i++) {
            if (names[i].endsWith("dir_fd") && a[i] != null && a[i] != PyNone.NONE) {
                throw Errors.notImplemented("%s: dir_fd is not supported by weft yet", fn);
            }
        }
        return a;
    }

    static boolean flag(PyObject v, boolean dflt) {
        return v == null ? dflt : Ops.isTrue(v);
    }

    static int intArg(PyObject v, String what) {
        return (int) Protocols.indexValue(v, what);
    }

    /** {@code stat}/{@code lstat}/{@code fstat}. */
    static PyObject stat(PathArg p, boolean followSymlinks) {
        try {
            if (p.isFd() && FileDescriptors.isPipe(p.fd())) {
                return StatResults.fifo(p.fd());
            }
            Path path = p.isFd() ? FileDescriptors.get(p.fd()).path() : p.path();
            return StatResults.stat(path, followSymlinks);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.original());
        }
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }

    static int umask(int mask) {
        int old = umask;
        umask = mask & 0777;
        return old;
    }
}

package dev.weft.runtime.modules.os;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyMethodDescr;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleRegistry;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@code os}: the basics (environment, process, directories and files, {@code os.path}). */
public final class OsModule {
    private OsModule() { }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code os.environ}'s type: a dict whose repr is {@code environ({...})}. */
    static final PyType ENVIRON_TYPE = ModuleTypes.heapClass("os", "_Environ", new PyType[] {PyDict.TYPE}, null);

    static {
        ENVIRON_TYPE.setTypeAttribute("__repr__", new PyMethodDescr(ENVIRON_TYPE, "__repr__", 0, 0,
                (Fn.F0) self -> PyStr.of("environ(" + Ops.reprString(((PyDict) self).copy()) + ")")));
    }

    /** The working directory (the JVM cannot change it; {@code chdir} is refused). */
    static String cwd() {
        return Path.of("").toAbsolutePath().toString();
    }

    private static PyDict environ;

    static synchronized PyDict environ() {
        if (environ == null) {
            PyDict d = new PyDict.Sub(ENVIRON_TYPE);
            Map<String, String> sorted = new TreeMap<>(System.getenv());
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                d.setItem(PyStr.of(e.getKey()), PyStr.of(e.getValue()));
            }
            environ = d;
        }
        return environ;
    }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("os", "OS routines for NT or Posix depending on what system we're on.");
        m.put("name", PyStr.of("posix"));
        m.put("sep", PyStr.of("/"));
        m.put("altsep", PyNone.NONE);
        m.put("extsep", PyStr.of("."));
        m.put("pathsep", PyStr.of(":"));
        m.put("linesep", PyStr.of("\n"));
        m.put("curdir", PyStr.of("."));
        m.put("pardir", PyStr.of(".."));
        m.put("devnull", PyStr.of("/dev/null"));
        PyModule pathModule = ModuleRegistry.find("os.path");
        m.put("path", pathModule);
        // os is not a package: like CPython's os.py, it makes "import os.path" work through sys.modules
        ModuleRegistry.sysModules().setItem(PyStr.intern("os.path"), pathModule);
        m.put("environ", environ());
        m.put("error", dev.weft.runtime.exc.ExceptionTypes.OSError);
        ModuleTypes.f0(m, "cpu_count", s -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        ModuleTypes.f0(m, "process_cpu_count", s -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        ModuleTypes.f0(m, "getpid", s -> PyInt.of(ProcessHandle.current().pid()));
        ModuleTypes.f0(m, "getppid", s -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L)));
        ModuleTypes.f0(m, "getcwd", s -> PyStr.of(cwd()));
        ModuleTypes.f1(m, "chdir", (s, p) -> {
            throw Errors.notImplemented("os.chdir() is not supported by weft (the JVM has one fixed working directory)");
        });
        ModuleTypes.fv(m, "getenv", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("getenv", args, kw, new String[] {"key", "default"}, 1);
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("str expected, not %s", a[0].type().name());
            }
            PyObject v = environ().getItemOrNull(a[0]);
            return v != null ? v : a[1] == null ? PyNone.NONE : a[1];
        });
        ModuleTypes.f2(m, "putenv", 2, (s, k, v) -> {
            environ().setItem(k, v);
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "unsetenv", (s, k) -> {
            environ().removeOrNull(k);
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "listdir", 0, (s, p) -> listdir(p == null || p == PyNone.NONE ? "." : PosixPathModule.path(p, "listdir")));
        ModuleTypes.f1(m, "remove", (s, p) -> remove(PosixPathModule.path(p, "remove")));
        ModuleTypes.f1(m, "unlink", (s, p) -> remove(PosixPathModule.path(p, "unlink")));
        ModuleTypes.f1(m, "rmdir", (s, p) -> rmdir(PosixPathModule.path(p, "rmdir")));
        ModuleTypes.fv(m, "mkdir", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("mkdir", args, kw, new String[] {"path", "mode", "*dir_fd"}, 1);
            String p = PosixPathModule.path(a[0], "mkdir");
            Path path = Path.of(p);
            if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.EEXIST, p);
            }
            try {
                Files.createDirectory(path);
            } catch (IOException e) {
                throw OsErrors.of(e, p);
            }
            return PyNone.NONE;
        });
        ModuleTypes.fv(m, "makedirs", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("makedirs", args, kw, new String[] {"name", "mode", "exist_ok"}, 1);
            String p = PosixPathModule.path(a[0], "makedirs");
            boolean existOk = a[2] != null && Ops.isTrue(a[2]);
            Path path = Path.of(p);
            if (Files.exists(path)) {
                if (existOk && Files.isDirectory(path)) {
                    return PyNone.NONE;
                }
                throw OsErrors.error(OsErrors.EEXIST, p);
            }
            try {
                Files.createDirectories(path);
            } catch (IOException e) {
                throw OsErrors.of(e, p);
            }
            return PyNone.NONE;
        });
        ModuleTypes.f2(m, "rename", 2, (s, a, b) -> rename(a, b));
        ModuleTypes.f2(m, "replace", 2, (s, a, b) -> rename(a, b));
        ModuleTypes.f1(m, "urandom", (s, n) -> {
            long size = Protocols.indexValue(n, "int");
            if (size < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) size];
            RANDOM.nextBytes(b);
            return PyBytes.of(b);
        });
        ModuleTypes.f1(m, "fspath", (s, p) -> {
            if (p instanceof PyStr || p instanceof PyBytes) {
                return p;
            }
            if (p.type().lookup("__fspath__") != null) {
                return Ops.callMethod(p, "__fspath__");
            }
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", p.type().name());
        });
        ModuleTypes.f1(m, "strerror", (s, code) -> PyStr.of(OsErrors.strerror((int) Protocols.indexValue(code, "int"))));
        ModuleTypes.f1(m, "_exit", (s, code) -> {
            dev.weft.runtime.io.StdStreams.flushAll();
            Runtime.getRuntime().halt((int) Protocols.indexValue(code, "int"));
            return PyNone.NONE;
        });
        return m;
    }

    private static PyObject listdir(String p) {
        Path path = Path.of(p);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw OsErrors.error(OsErrors.ENOTDIR, p);
        }
        List<PyObject> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            s.forEach(x -> names.add(PyStr.of(x.getFileName().toString())));
        } catch (IOException e) {
            throw OsErrors.of(e, p);
        }
        return new PyList(names);
    }

    private static PyObject remove(String p) {
        Path path = Path.of(p);
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.error(OsErrors.EISDIR, p);
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw OsErrors.of(e, p);
        }
        return PyNone.NONE;
    }

    private static PyObject rmdir(String p) {
        Path path = Path.of(p);
        if (Files.exists(path) && !Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.error(OsErrors.ENOTDIR, p);
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw OsErrors.of(e, p);
        }
        return PyNone.NONE;
    }

    private static PyObject rename(PyObject a, PyObject b) {
        String from = PosixPathModule.path(a, "rename");
        String to = PosixPathModule.path(b, "rename");
        try {
            Files.move(Path.of(from), Path.of(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw OsErrors.of(e, from);
        }
        return PyNone.NONE;
    }
}

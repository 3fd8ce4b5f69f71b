package dev.weft.runtime.modules.os;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code posixpath} ({@code os.path}): the string rules of POSIX paths, and file tests. str paths only. */
public final class PosixPathModule {
    private PosixPathModule() { }

    /** A path argument: str, or an object with {@code __fspath__} returning str. */
    static String path(PyObject p, String fn) {
        if (p instanceof PyStr s) {
            return s.value();
        }
        if (p.type().lookup("__fspath__") != null) {
            PyObject r = Ops.callMethod(p, "__fspath__");
            if (r instanceof PyStr s) {
                return s.value();
            }
        }
        throw Errors.typeError("%s: path should be string, bytes or os.PathLike, not %s", fn, p.type().name());
    }

    static String join(String a, List<String> rest) {
        StringBuilder path = new StringBuilder(a);
        for (String b : rest) {
            if (b.startsWith("/")) {
                path.setLength(0);
                path.append(b);
            } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                path.append(b);
            } else {
                path.append('/').append(b);
            }
        }
        return path.toString();
    }

    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            head = stripTrailingSlashes(head);
        }
        return new String[] {head, tail};
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') {
                    return new String[] {p.substring(0, dot), p.substring(dot)};
                }
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initial = path.startsWith("/") ? 1 : 0;
        if (initial == 1 && path.startsWith("//") && !path.startsWith("///")) {
            initial = 2;
        }
        List<String> comps = new ArrayList<>();
        for (String c : path.split("/", -1)) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (!c.equals("..") || initial == 0 && comps.isEmpty() || !comps.isEmpty() && comps.get(comps.size() - 1).equals("..")) {
                comps.add(c);
            } else if (!comps.isEmpty()) {
                comps.remove(comps.size() - 1);
            }
        }
        String r = "/".repeat(initial) + String.join("/", comps);
        return r.isEmpty() ? "." : r;
    }

    static String abspath(String p) {
        if (!p.startsWith("/")) {
            p = join(OsModule.cwd(), List.of(p));
        }
        return normpath(p);
    }

    static String realpath(String p) {
        String abs = abspath(p);
        try {
            return Path.of(abs).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            String[] parts = split(abs);
            if (parts[0].equals(abs) || parts[0].isEmpty()) {
                return abs;
            }
            return join(realpath(parts[0]), List.of(parts[1]));
        }
    }

    static String relpath(String path, String start) {
        if (path.isEmpty()) {
            throw Errors.valueError("no path specified");
        }
        String[] from = abspath(start).split("/");
        String[] to = abspath(path).split("/");
        List<String> f = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (String s : from) {
            if (!s.isEmpty()) {
                f.add(s);
            }
        }
        for (String s : to) {
            if (!s.isEmpty()) {
                t.add(s);
            }
        }
        int common = 0;
        while (common < f.size() && common < t.size() && f.get(common).equals(t.get(common))) {
            common++;
        }
        List<String> rel = new ArrayList<>();
        for (int i = common; i < f.size(); i++) {
            rel.add("..");
        }
        rel.addAll(t.subList(common, t.size()));
        return rel.isEmpty() ? "." : String.join("/", rel);
    }

    static String expanduser(String p) {
        if (!p.startsWith("~")) {
            return p;
        }
        int slash = p.indexOf('/');
        String user = slash < 0 ? p.substring(1) : p.substring(1, slash);
        if (!user.isEmpty()) {
            return p;
        }
        String home = System.getenv("HOME");
        if (home == null) {
            home = System.getProperty("user.home", "");
        }
        String rest = slash < 0 ? "" : p.substring(slash);
        String h = stripTrailingSlashes(home);
        return (h.isEmpty() ? "/" : h) + rest;
    }

    private static List<String> paths(PyObject[] args, int from, String fn) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            out.add(path(args[i], fn));
        }
        return out;
    }

    private static PyTuple pair(String[] p) {
        return PyTuple.of(PyStr.of(p[0]), PyStr.of(p[1]));
    }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("posixpath", "Common operations on Posix pathnames.");
        m.put("sep", PyStr.of("/"));
        m.put("altsep", PyNone.NONE);
        m.put("extsep", PyStr.of("."));
        m.put("pathsep", PyStr.of(":"));
        m.put("curdir", PyStr.of("."));
        m.put("pardir", PyStr.of(".."));
        m.put("defpath", PyStr.of("/bin:/usr/bin"));
        m.put("devnull", PyStr.of("/dev/null"));
        m.put("supports_unicode_filenames", PyBool.FALSE);
        ModuleTypes.fv(m, "join", (s, args, kw) -> {
            if (args.length == 0) {
                throw Errors.typeError("join() missing 1 required positional argument: 'a'");
            }
            return PyStr.of(join(path(args[0], "join()"), paths(args, 1, "join()")));
        });
        ModuleTypes.f1(m, "split", (s, p) -> pair(split(path(p, "split()"))));
        ModuleTypes.f1(m, "splitext", (s, p) -> pair(splitext(path(p, "splitext()"))));
        ModuleTypes.f1(m, "basename", (s, p) -> PyStr.of(split(path(p, "basename()"))[1]));
        ModuleTypes.f1(m, "dirname", (s, p) -> PyStr.of(split(path(p, "dirname()"))[0]));
        ModuleTypes.f1(m, "normpath", (s, p) -> PyStr.of(normpath(path(p, "normpath()"))));
        ModuleTypes.f1(m, "abspath", (s, p) -> PyStr.of(abspath(path(p, "abspath()"))));
        ModuleTypes.f1(m, "realpath", (s, p) -> PyStr.of(realpath(path(p, "realpath()"))));
        ModuleTypes.f2(m, "relpath", 1, (s, p, start) -> PyStr.of(relpath(path(p, "relpath()"),
                start == null || start == PyNone.NONE ? "." : path(start, "relpath()"))));
        ModuleTypes.f1(m, "isabs", (s, p) -> PyBool.of(path(p, "isabs()").startsWith("/")));
        ModuleTypes.f1(m, "expanduser", (s, p) -> PyStr.of(expanduser(path(p, "expanduser()"))));
        ModuleTypes.f1(m, "exists", (s, p) -> PyBool.of(p instanceof PyStr && Files.exists(Path.of(((PyStr) p).value()))));
        ModuleTypes.f1(m, "lexists", (s, p) -> PyBool.of(p instanceof PyStr
                && Files.exists(Path.of(((PyStr) p).value()), LinkOption.NOFOLLOW_LINKS)));
        ModuleTypes.f1(m, "isfile", (s, p) -> PyBool.of(p instanceof PyStr && Files.isRegularFile(Path.of(((PyStr) p).value()))));
        ModuleTypes.f1(m, "isdir", (s, p) -> PyBool.of(p instanceof PyStr && Files.isDirectory(Path.of(((PyStr) p).value()))));
        ModuleTypes.f1(m, "islink", (s, p) -> PyBool.of(p instanceof PyStr && Files.isSymbolicLink(Path.of(((PyStr) p).value()))));
        ModuleTypes.f1(m, "getsize", (s, p) -> {
            String f = path(p, "getsize()");
            try {
                return PyInt.of(Files.size(Path.of(f)));
            } catch (IOException e) {
                throw OsErrors.of(e, f);
            }
        });
        ModuleTypes.f1(m, "getmtime", (s, p) -> {
            String f = path(p, "getmtime()");
            try {
                return PyFloat.of(Files.getLastModifiedTime(Path.of(f)).toMillis() / 1000.0);
            } catch (IOException e) {
                throw OsErrors.of(e, f);
            }
        });
        return m;
    }
}

package dev.weft.runtime.modules.sys;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.format.IntDigitLimit;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.ModuleRegistry;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.ResourceTable;
import dev.weft.runtime.modules.Namespace;
import dev.weft.runtime.modules.StructSeq;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.nio.ByteOrder;
import java.util.Locale;

/** {@code sys}: the interpreter's state as Python sees it. */
public final class SysModule {
    private SysModule() { }

    public static final int MAJOR = 3, MINOR = 13, MICRO = 0;

    private static int frameDepth(PyObject depth) {
        long d = depth == null ? 0 : Protocols.indexValue(depth, "int");
        return (int) Math.max(0, Math.min(d, Integer.MAX_VALUE));
    }

    private static final int HEXVERSION = 0x030D00F0;

    static final StructSeq ASYNCGEN_HOOKS = new StructSeq("sys", "asyncgen_hooks", "firstiter", "finalizer");
    static final StructSeq VERSION_INFO = new StructSeq("sys", "version_info",
            "major", "minor", "micro", "releaselevel", "serial");
    /** The flags of a free-threaded 3.13t build: {@code gil} is None when no {@code -X gil} was given. */
    static final StructSeq FLAGS = new StructSeq("sys", "flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits", "gil");
    static final StructSeq FLOAT_INFO = new StructSeq("sys", "float_info", "max", "max_exp", "max_10_exp", "min",
            "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final StructSeq INT_INFO = new StructSeq("sys", "int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    static final StructSeq HASH_INFO = new StructSeq("sys", "hash_info", "width", "modulus", "inf", "nan", "imag",
            "algorithm", "hash_bits", "seed_bits", "cutoff");
    static final StructSeq THREAD_INFO = new StructSeq("sys", "thread_info", "name", "lock", "version");

    private static final PyList ARGV = new PyList();
    private static final PyList ORIG_ARGV = new PyList();
    private static final PyList PATH = new PyList();
    private static volatile int recursionLimit = 1000;
    private static volatile double switchInterval = 0.005;
    private static volatile String executable = System.getProperty("weft.executable", "");

    /** The launcher sets {@code sys.argv} (the script path first) before the main module runs. */
    public static void setArgv(String... argv) {
        PyObject[] items = new PyObject[argv.length];
        for (int i = 0; i < argv.length; i++) {
            items[i] = PyStr.of(argv[i]);
        }
        ARGV.setAll(items.clone());
        ORIG_ARGV.setAll(items);
    }

    /** {@code sys.executable}: the command that runs the program (the launcher knows it). */
    public static void setExecutable(String path) {
        executable = path;
        PyModule m = ModuleRegistry.find("sys");
        m.put("executable", PyStr.of(path));
    }

    /** {@code sys.path}, for the import system. */
    public static PyList path() {
        return PATH;
    }

    public static int recursionLimit() {
        return recursionLimit;
    }

    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        if (os.startsWith("linux")) {
            return "linux";
        }
        return os.replace(" ", "");
    }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("sys", "This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter.");
        PyDict d = m.instanceDict();
        StdStreams.bindSysDict(d);
        m.put("__stdout__", StdStreams.originalStdout());
        m.put("__stderr__", StdStreams.originalStderr());
        m.put("__stdin__", StdStreams.originalStdin());
        m.put("argv", ARGV);
        m.put("orig_argv", ORIG_ARGV);
        m.put("path", PATH);
        m.put("modules", ModuleRegistry.sysModules());
        m.put("meta_path", new PyList());
        m.put("path_hooks", new PyList());
        m.put("path_importer_cache", new PyDict());
        m.put("warnoptions", new PyList());
        m.put("_xoptions", new PyDict());
        m.put("executable", PyStr.of(executable));
        m.put("_base_executable", PyStr.of(executable));
        for (String p : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            m.put(p, PyStr.of(System.getProperty("weft.home", "")));
        }
        m.put("platlibdir", PyStr.of("lib"));
        m.put("pycache_prefix", PyNone.NONE);
        m.put("dont_write_bytecode", PyBool.TRUE);
        m.put("platform", PyStr.of(platform()));
        m.put("byteorder", PyStr.of(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10FFFF));
        m.put("float_repr_style", PyStr.of("short"));
        m.put("api_version", PyInt.of(1013));
        m.put("copyright", PyStr.of("Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "Weft is a Python 3.13 compiler for the JVM."));
        m.put("abiflags", PyStr.of("t"));
        PyTuple versionInfo = VERSION_INFO.make(PyInt.of(MAJOR), PyInt.of(MINOR), PyInt.of(MICRO), PyStr.of("final"),
                PyInt.ZERO);
        m.put("version_info", versionInfo);
        m.put("hexversion", PyInt.of(HEXVERSION));
        m.put("version", PyStr.of(MAJOR + "." + MINOR + "." + MICRO + " (weft) [Java "
                + System.getProperty("java.version", "?") + "]"));
        m.put("implementation", new Namespace()
                .with("name", PyStr.of("weft"))
                .with("cache_tag", PyStr.of("weft-313"))
                .with("version", versionInfo)
                .with("hexversion", PyInt.of(HEXVERSION))
                .with("supports_isolated_interpreters", PyBool.FALSE));
        m.put("flags", FLAGS.make(PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ONE, PyInt.ZERO, PyInt.ZERO,
                PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ONE, PyInt.ZERO, PyBool.FALSE, PyInt.ONE,
                PyInt.ZERO, PyBool.FALSE, PyInt.of(IntDigitLimit.get()), PyNone.NONE));
        m.put("float_info", FLOAT_INFO.make(PyFloat.of(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.ONE));
        m.put("int_info", INT_INFO.make(PyInt.of(30), PyInt.of(4), PyInt.of(IntDigitLimit.DEFAULT),
                PyInt.of(IntDigitLimit.THRESHOLD)));
        m.put("hash_info", HASH_INFO.make(PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.ZERO,
                PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        m.put("thread_info", THREAD_INFO.make(PyStr.of("pthread"), PyStr.of("semaphore"), PyNone.NONE));
        PyObject[] names = ModuleRegistry.names().stream().map(PyStr::of).toArray(PyObject[]::new);
        m.put("builtin_module_names", PyTuple.of(names));
        m.put("stdlib_module_names", stdlibModuleNames());
        defineFunctions(m);
        return m;
    }

    /** CPython 3.13's {@code sys.stdlib_module_names} (generated: tools/gen_sys_tables.py). */
    private static PyObject stdlibModuleNames() {
        PySet.Frozen names = new PySet.Frozen();
        for (String[] row : ResourceTable.read(SysModule.class, "stdlib_module_names.txt")) {
            names.add(PyStr.of(row[0]));
        }
        return names;
    }

    private static void defineFunctions(PyModule m) {
        ModuleTypes.f0(m, "_is_gil_enabled", s -> PyBool.FALSE);
        ModuleTypes.f1(m, "exit", 0, (s, code) -> {
            // PyErr_SetObject's rule: None means no arguments, a tuple is the argument list
            PyObject[] args = code == null || code == PyNone.NONE ? new PyObject[0]
                    : code instanceof PyTuple t ? t.toArray() : new PyObject[] {code};
            PyBaseException e = ExceptionTypes.create(ExceptionTypes.SystemExit, args);
            throw new PyException(e);
        });
        ModuleTypes.f0(m, "get_asyncgen_hooks", s -> {
            PyObject[] h = dev.weft.runtime.gen.AsyncGenHooks.get();
            return ASYNCGEN_HOOKS.make(h[0], h[1]);
        });
        ModuleTypes.fv(m, "set_asyncgen_hooks", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("set_asyncgen_hooks", args, kw, new String[] {"firstiter", "finalizer"}, 0);
            for (int i = 0; i < 2; i++) {
                if (a[i] != null && a[i] != PyNone.NONE && !Protocols.isCallable(a[i])) {
                    throw Errors.typeError("callable %s expected, got %s", i == 0 ? "firstiter" : "finalizer",
                            a[i].type().name());
                }
            }
            dev.weft.runtime.gen.AsyncGenHooks.set(a[0], a[1]);
            return PyNone.NONE;
        });
        ModuleTypes.f0(m, "getrecursionlimit", s -> PyInt.of(recursionLimit));
        ModuleTypes.f1(m, "setrecursionlimit", (s, n) -> {
            if (!(n instanceof PyInt)) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", n.type().name());
            }
            long v = Protocols.indexValue(n, "int");
            if (v < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            recursionLimit = (int) Math.min(v, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        ModuleTypes.f0(m, "getswitchinterval", s -> PyFloat.of(switchInterval));
        ModuleTypes.f1(m, "setswitchinterval", (s, v) -> {
            double x = dev.weft.runtime.modules.Timeouts.seconds(v);
            if (x <= 0) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            switchInterval = x;
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "intern", (s, str) -> {
            if (str.getClass() != PyStr.class) {
                throw Errors.typeError("intern() argument must be str, not %s", str.type().name());
            }
            return PyStr.intern(((PyStr) str).value());
        });
        ModuleTypes.f0(m, "get_int_max_str_digits", s -> PyInt.of(IntDigitLimit.get()));
        ModuleTypes.fv(m, "set_int_max_str_digits", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("set_int_max_str_digits", args, kw, new String[] {"maxdigits"}, 1);
            long n = Protocols.indexValue(a[0], "int");
            if (n != 0 && n < IntDigitLimit.THRESHOLD || n > Integer.MAX_VALUE) {
                throw Errors.valueError("maxdigits must be 0 or larger than %d", IntDigitLimit.THRESHOLD);
            }
            IntDigitLimit.set((int) n);
            return PyNone.NONE;
        });
        ModuleTypes.f0(m, "exception", s -> {
            PyObject e = dev.weft.runtime.link.HandledException.current();
            return e == null ? PyNone.NONE : e;
        });
        ModuleTypes.f0(m, "exc_info", s -> {
            PyObject handled = dev.weft.runtime.link.HandledException.current();
            if (!(handled instanceof PyBaseException e)) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, Traceback.of(e));
        });
        ModuleTypes.f2(m, "getsizeof", 1, (s, o, dflt) -> PyInt.of(SizeOf.estimate(o)));
        ModuleTypes.f0(m, "getdefaultencoding", s -> PyStr.of("utf-8"));
        ModuleTypes.f0(m, "getfilesystemencoding", s -> PyStr.of("utf-8"));
        ModuleTypes.f0(m, "getfilesystemencodeerrors", s -> PyStr.of("surrogateescape"));
        ModuleTypes.f1(m, "getrefcount", (s, o) -> {
            throw Errors.notImplemented("sys.getrefcount() has no meaning on the JVM (no reference counts)");
        });
        ModuleTypes.f1(m, "_getframe", 0, (s, depth) -> {
            PyObject f = dev.weft.runtime.frame.PyFrame.at(frameDepth(depth));
            if (f == null) {
                throw Errors.valueError("call stack is not deep enough");
            }
            return f;
        });
        ModuleTypes.fv(m, "_getframemodulename", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("_getframemodulename", args, kw, new String[] {"depth"}, 0);
            dev.weft.runtime.frame.PyFrame f = dev.weft.runtime.frame.PyFrame.at(frameDepth(a[0]));
            if (f == null) {
                return PyNone.NONE;
            }
            PyObject name = f.globals().getItemOrNull(PyStr.intern("__name__"));
            return name == null ? PyNone.NONE : name;
        });
        ModuleTypes.f0(m, "gettrace", s -> PyNone.NONE);
        ModuleTypes.f0(m, "getprofile", s -> PyNone.NONE);
        ModuleTypes.f1(m, "settrace", (s, f) -> noHook("settrace", f));
        ModuleTypes.f1(m, "setprofile", (s, f) -> noHook("setprofile", f));
        ModuleTypes.f0(m, "is_finalizing", s -> PyBool.of(dev.weft.runtime.modules.threading.Threads.isShuttingDown()));
        ModuleTypes.fv(m, "audit", (s, args, kw) -> PyNone.NONE);
        ModuleTypes.f1(m, "addaudithook", (s, hook) -> PyNone.NONE);
        ModuleTypes.f3(m, "excepthook", 3, (s, type, value, tb) -> {
            if (value instanceof PyBaseException e) {
                ExceptionPrinter.print(e, StdStreams.stderr());
            } else {
                throw Errors.typeError("print_exception(): Exception expected for value, %s found",
                        value.type().name());
            }
            return PyNone.NONE;
        });
        m.put("__excepthook__", m.get("excepthook"));
        ModuleTypes.f1(m, "displayhook", (s, value) -> {
            // the interactive interpreter's hook: print repr(value) and keep it in builtins._
            if (value == PyNone.NONE) {
                return PyNone.NONE;
            }
            PyDict builtins = dev.weft.runtime.builtins.BuiltinsModule.module().instanceDict();
            builtins.setItem(PyStr.intern("_"), PyNone.NONE);
            dev.weft.runtime.ops.Ops.callMethod(StdStreams.stdout(), "write",
                    PyStr.of(((PyStr) dev.weft.runtime.ops.Ops.repr(value)).value() + "\n"));
            builtins.setItem(PyStr.intern("_"), value);
            return PyNone.NONE;
        });
        m.put("__displayhook__", m.get("displayhook"));
    }

    private static PyObject noHook(String name, PyObject f) {
        if (f != PyNone.NONE) {
            throw Errors.notImplemented("sys.%s() is not supported by weft (no trace/profile hooks)", name);
        }
        return PyNone.NONE;
    }
}

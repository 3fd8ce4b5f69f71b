package dev.weft.runtime.modules.sysconfig;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.sys.SysModule;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.Locale;

/**
 * A minimal {@code sysconfig}: the configuration variables programs ask about. {@code Py_GIL_DISABLED}
 * is 1, as in CPython's free-threaded build: Weft has no GIL.
 */
public final class SysconfigModule {
    private SysconfigModule() { }

    static PyDict configVars() {
        PyDict d = new PyDict();
        String version = SysModule.MAJOR + "." + SysModule.MINOR;
        d.setItem(PyStr.of("Py_GIL_DISABLED"), PyInt.ONE);
        d.setItem(PyStr.of("VERSION"), PyStr.of(version));
        d.setItem(PyStr.of("py_version_short"), PyStr.of(version));
        d.setItem(PyStr.of("py_version_nodot"), PyStr.of("" + SysModule.MAJOR + SysModule.MINOR));
        d.setItem(PyStr.of("py_version"), PyStr.of(version + "." + SysModule.MICRO));
        d.setItem(PyStr.of("ABIFLAGS"), PyStr.of("t"));
        d.setItem(PyStr.of("SOABI"), PyStr.of("weft-313"));
        d.setItem(PyStr.of("EXT_SUFFIX"), PyStr.of(".weft-313.jar"));
        d.setItem(PyStr.of("MULTIARCH"), PyStr.of(""));
        d.setItem(PyStr.of("WITH_DOC_STRINGS"), PyInt.ONE);
        d.setItem(PyStr.of("Py_DEBUG"), PyInt.ZERO);
        d.setItem(PyStr.of("Py_ENABLE_SHARED"), PyInt.ZERO);
        d.setItem(PyStr.of("HOST_GNU_TYPE"), PyStr.of(platform()));
        return d;
    }

    /** {@code get_platform()}: {@code linux-x86_64} style. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (arch.equals("amd64")) {
            arch = "x86_64";
        }
        if (os.startsWith("linux")) {
            return "linux-" + arch;
        }
        if (os.startsWith("mac")) {
            return "macosx-" + System.getProperty("os.version", "") + "-" + arch;
        }
        if (os.startsWith("windows")) {
            return arch.equals("x86_64") ? "win-amd64" : "win32";
        }
        return os.replace(" ", "") + "-" + arch;
    }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("sysconfig", "Access to Python's configuration information.");
        PyDict vars = configVars();
        ModuleTypes.f1(m, "get_config_var", (s, name) -> {
            PyObject v = vars.getItemOrNull(name);
            return v == null ? PyNone.NONE : v;
        });
        ModuleTypes.fv(m, "get_config_vars", (s, args, kw) -> {
            if (args.length == 0) {
                return vars.copy();
            }
            PyObject[] out = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                PyObject v = vars.getItemOrNull(args[i]);
                out[i] = v == null ? PyNone.NONE : v;
            }
            return new PyList(out);
        });
        ModuleTypes.f0(m, "get_platform", s -> PyStr.of(platform()));
        ModuleTypes.f0(m, "get_python_version", s -> PyStr.of(SysModule.MAJOR + "." + SysModule.MINOR));
        ModuleTypes.f0(m, "get_default_scheme", s -> PyStr.of("posix_prefix"));
        return m;
    }
}

package dev.weft.runtime.modules.struct;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Positional;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/** {@code _struct}, which struct.py re-exports: packing values to bytes and back, as CPython's C module. */
public final class StructModule {
    private StructModule() { }

    static final PyType ERROR = ModuleTypes.exceptionClass("struct", "error", ExceptionTypes.Exception);
    private static final int MAX_CACHE = 100;
    /** Compiled formats of the module-level functions, by format ("s" + str or "b" + bytes as Latin-1). */
    private static final ConcurrentHashMap<String, PyStruct> CACHE = new ConcurrentHashMap<>();
    private static volatile PyModule module;

    static PyException error(String fmt, Object... args) {
        return Errors.make(ERROR, fmt, args);
    }

    private static PyStruct cached(PyObject format) {
        String key = cacheKey(format);
        if (key == null) {
            Ops.hash(format); // CPython looks the format up in its cache first: "unhashable type"
            return PyStruct.of(format);
        }
        PyStruct s = CACHE.get(key);
        if (s == null) {
            s = PyStruct.of(format);
            if (CACHE.size() >= MAX_CACHE) {
                CACHE.clear();
            }
            CACHE.put(key, s);
        }
        return s;
    }

    private static String cacheKey(PyObject format) {
        if (format instanceof PyStr str && format.getClass() == PyStr.class) {
            return "s" + str.value();
        }
        if (format instanceof PyBytes b && format.getClass() == PyBytes.class) {
            return "b" + new String(b.array(), StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    public static synchronized PyModule create() {
        if (module != null) {
            return module;
        }
        PyModule m = ModuleTypes.module("_struct", "Functions to convert between Python values and C structs.\n"
                + "Python bytes objects are used to hold the data representing the C struct\n"
                + "and also as format strings (explained below) to describe the layout of data\n"
                + "in the C struct.");
        m.put("error", ERROR);
        m.put("Struct", PyStruct.TYPE);
        ModuleTypes.fv(m, "pack", (s, args, kw) -> {
            ArgParse.noKeywords("pack", kw);
            if (args.length == 0) {
                throw Errors.typeError("missing format argument");
            }
            return cached(args[0]).pack("pack", args, 1);
        });
        ModuleTypes.fv(m, "pack_into", (s, args, kw) -> {
            ArgParse.noKeywords("pack_into", kw);
            if (args.length == 0) {
                throw Errors.typeError("missing format argument");
            }
            return cached(args[0]).packInto(args, 1);
        });
        ModuleTypes.fv(m, "unpack", (s, args, kw) -> {
            Positional.check("unpack", args, kw, 2, 2);
            return cached(args[0]).unpack(args[1]);
        });
        ModuleTypes.fv(m, "unpack_from", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("unpack_from", args, kw, new String[] {"format", "buffer", "offset"}, 2);
            return cached(a[0]).unpackFrom(a[1], a[2]);
        });
        ModuleTypes.fv(m, "iter_unpack", (s, args, kw) -> {
            Positional.check("iter_unpack", args, kw, 2, 2);
            return cached(args[0]).iterUnpack(args[1]);
        });
        ModuleTypes.f1(m, "calcsize", (s, f) -> PyInt.of(cached(f).format.size));
        ModuleTypes.f0(m, "_clearcache", s -> {
            CACHE.clear();
            return PyNone.NONE;
        });
        module = m;
        return m;
    }
}

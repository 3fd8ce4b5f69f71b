package dev.weft.runtime.modules.csv;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _csv}, the engine under Lib's csv.py (DictReader, DictWriter, Sniffer and the excel
 * dialects are Python there): reader, writer, Dialect, the dialect registry and the field size
 * limit, with CPython 3.13's parsing rules and messages.
 */
public final class CsvModule {
    private CsvModule() { }

    static final PyType ERROR = ModuleTypes.exceptionClass("_csv", "Error", ExceptionTypes.Exception);
    private static final Map<String, CsvDialect> DIALECTS = new LinkedHashMap<>();
    private static volatile long fieldLimit = 128 * 1024;
    private static volatile PyModule module;

    static PyException error(String message) {
        return Errors.make(ERROR, message);
    }

    static long fieldLimit() {
        return fieldLimit;
    }

    /**
     * The nine dialect settings of a call ({@link CsvDialect#KEYWORDS} order) from its keywords
     * and from the positional arguments from index {@code firstPositional} on (at most
     * {@code maxPositional} of them: the dialect, or all nine for Dialect()).
     */
    static PyObject[] settings(String fn, PyObject[] args, String[] kw, int firstPositional, int maxPositional) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject[] values = new PyObject[CsvDialect.KEYWORDS.length];
        for (int i = firstPositional; i < npos && i - firstPositional < maxPositional; i++) {
            values[i - firstPositional] = args[i];
        }
        for (int k = 0; k < nkw; k++) {
            int slot = List.of(CsvDialect.KEYWORDS).indexOf(kw[k]);
            if (slot < 0) {
                throw Errors.make(ExceptionTypes.TypeError, "this function got an unexpected keyword argument '"
                        + kw[k] + "'");
            }
            values[slot] = args[npos + k];
        }
        return values;
    }

    /** PyArg_UnpackTuple's checks with an empty function name, as _csv's reader() and writer() do them. */
    static void positionalCount(PyObject[] args, String[] kw, int min, int max) {
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n < min) {
            throw Errors.make(ExceptionTypes.TypeError, " expected at least " + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.make(ExceptionTypes.TypeError, " expected at most " + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    static CsvDialect dialectOf(PyObject[] args, String[] kw, int dialectIndex) {
        PyObject[] values = settings("", args, kw, dialectIndex, 1);
        return CsvDialect.create(CsvDialect.TYPE, values);
    }

    static CsvDialect getDialect(PyObject name) {
        CsvDialect d;
        synchronized (DIALECTS) {
            d = name instanceof PyStr s ? DIALECTS.get(s.value()) : null;
        }
        if (d == null) {
            throw error("unknown dialect");
        }
        return d;
    }

    public static synchronized PyModule create() {
        if (module != null) {
            return module;
        }
        PyModule m = ModuleTypes.module("_csv", "CSV parsing and writing.");
        m.put("Error", ERROR);
        m.put("Dialect", CsvDialect.TYPE);
        m.put("Reader", CsvReader.TYPE);
        m.put("Writer", CsvWriter.TYPE);
        // 3.12's csv.py imports it; 3.13's _csv no longer has it
        m.put("__version__", PyStr.of("1.0"));
        String[] quoting = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
            "QUOTE_NOTNULL"};
        for (int i = 0; i < quoting.length; i++) {
            m.put(quoting[i], PyInt.of(i));
        }
        ModuleTypes.fv(m, "reader", (self, args, kw) -> {
            positionalCount(args, kw, 1, 2);
            return new CsvReader(dev.weft.runtime.ops.Protocols.iter(args[0]), dialectOf(args, kw, 1));
        });
        ModuleTypes.fv(m, "writer", (self, args, kw) -> {
            positionalCount(args, kw, 1, 2);
            PyObject write = dev.weft.runtime.ops.Attr.getAttrOrNull(args[0], "write");
            if (write == null || !dev.weft.runtime.ops.Protocols.isCallable(write)) {
                throw Errors.make(ExceptionTypes.TypeError, "argument 1 must have a \"write\" method");
            }
            return new CsvWriter(write, dialectOf(args, kw, 1));
        });
        ModuleTypes.fv(m, "register_dialect", (self, args, kw) -> {
            positionalCount(args, kw, 1, 2);
            if (!(args[0] instanceof PyStr name)) {
                throw Errors.typeError("dialect name must be a string");
            }
            CsvDialect d = dialectOf(args, kw, 1);
            synchronized (DIALECTS) {
                DIALECTS.put(name.value(), d);
            }
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "unregister_dialect", (self, name) -> {
            synchronized (DIALECTS) {
                if (!(name instanceof PyStr s) || DIALECTS.remove(s.value()) == null) {
                    throw error("unknown dialect");
                }
            }
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "get_dialect", (self, name) -> getDialect(name));
        ModuleTypes.f0(m, "list_dialects", self -> {
            List<PyObject> names = new ArrayList<>();
            synchronized (DIALECTS) {
                for (String n : DIALECTS.keySet()) {
                    names.add(PyStr.of(n));
                }
            }
            return new PyList(names);
        });
        ModuleTypes.fv(m, "field_size_limit", (self, args, kw) -> {
            PyObject[] p = dev.weft.runtime.call.ArgParse.parse("field_size_limit", args, kw,
                    new String[] {"new_limit"}, 0);
            long old = fieldLimit;
            if (p[0] != null) {
                if (!(p[0] instanceof PyInt limit)) {
                    throw Errors.typeError("limit must be an integer");
                }
                if (!limit.fitsLong()) {
                    throw Errors.overflowError("Python int too large to convert to C long");
                }
                fieldLimit = limit.longValue();
            }
            return PyInt.of(old);
        });
        module = m;
        return m;
    }
}

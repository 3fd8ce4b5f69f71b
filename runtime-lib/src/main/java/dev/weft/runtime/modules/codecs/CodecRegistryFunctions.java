package dev.weft.runtime.modules.codecs;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The codec registry of {@code _codecs}: search functions in registration order and a cache of
 * their results by normalised name. The {@code encodings} package registers its search function
 * when first needed, as CPython imports it at start-up.
 */
final class CodecRegistryFunctions {
    private CodecRegistryFunctions() { }

    private static final List<PyObject> SEARCH = new CopyOnWriteArrayList<>();
    private static final ConcurrentHashMap<String, PyObject> CACHE = new ConcurrentHashMap<>();
    private static volatile boolean encodingsLoaded;

    /** CPython's normalizestring: lower case, spaces and hyphens become underscores. */
    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static void loadEncodings() {
        if (encodingsLoaded) {
            return;
        }
        encodingsLoaded = true;
        try {
            Importer.importModule("encodings");
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ModuleNotFoundError)) {
                encodingsLoaded = false;
                throw e;
            }
            // no standard library on the path: only codecs registered by the program exist
        }
    }

    static PyObject lookup(String encoding) {
        String norm = normalize(encoding);
        PyObject hit = CACHE.get(norm);
        if (hit != null) {
            return hit;
        }
        loadEncodings();
        PyStr key = PyStr.of(norm);
        for (PyObject f : SEARCH) {
            PyObject r = Calls.call(f, new PyObject[] {key}, null);
            if (r == PyNone.NONE) {
                continue;
            }
            if (!(r instanceof PyTuple t) || t.size() != 4 && Protocols.len(r) < 4) {
                throw Errors.typeError("codec search functions must return 4-tuples");
            }
            CACHE.put(norm, r);
            return r;
        }
        throw Errors.make(ExceptionTypes.LookupError, "unknown encoding: %s", encoding);
    }

    private static PyObject code(String fn, int slot, PyObject obj, String encoding, String errors) {
        PyObject info = lookup(encoding);
        PyObject coder = Protocols.getItem(info, dev.weft.runtime.types.PyInt.of(slot));
        PyObject r = Calls.call(coder, new PyObject[] {obj, PyStr.of(errors)}, null);
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw Errors.typeError("%s must return a tuple (object, integer)", fn);
        }
        return t.get(0);
    }

    static void define(PyModule m) {
        ModuleTypes.f1(m, "register", (s, f) -> {
            if (!Protocols.isCallable(f)) {
                throw Errors.typeError("argument must be callable");
            }
            SEARCH.add(f);
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "unregister", (s, f) -> {
            SEARCH.remove(f);
            CACHE.clear();
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "lookup", (s, enc) -> lookup(CodecsModule.str("lookup", "argument", enc)));
        ModuleTypes.f1(m, "_forget_codec", (s, enc) -> {
            CACHE.remove(normalize(CodecsModule.str("_forget_codec", "argument", enc)));
            return PyNone.NONE;
        });
        ModuleTypes.fv(m, "encode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("encode", args, kw, new String[] {"obj", "encoding", "errors"}, 1);
            String enc = a[1] == null ? "utf-8" : CodecsModule.str("encode", a[1]);
            return code("encoder", 0, a[0], enc, CodecsModule.errors(a[2]));
        });
        ModuleTypes.fv(m, "decode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("decode", args, kw, new String[] {"obj", "encoding", "errors"}, 1);
            String enc = a[1] == null ? "utf-8" : CodecsModule.str("decode", a[1]);
            return code("decoder", 1, a[0], enc, CodecsModule.errors(a[2]));
        });
    }
}

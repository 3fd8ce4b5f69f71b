package dev.weft.runtime.modules.sre;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code _sre}, the engine under the pure-Python {@code re} package: it takes the code list
 * that {@code re._compiler} produces and runs it ({@link SreState}).
 */
public final class SreModule {
    private SreModule() { }

    private static volatile PyModule module;

    private static final String[] COMPILE = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};
    private static final String[] TEMPLATE = {"pattern", "template"};

    public static synchronized PyModule create() {
        if (module == null) {
            PyModule m = ModuleTypes.module("_sre", null);
            m.put("MAGIC", PyInt.of(SreCodes.MAGIC));
            m.put("CODESIZE", PyInt.of(SreCodes.CODESIZE));
            m.put("MAXREPEAT", PyInt.of(SreCodes.MAXREPEAT));
            m.put("MAXGROUPS", PyInt.of(SreCodes.MAXGROUPS));
            m.put("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
            ModuleTypes.f0(m, "getcodesize", self -> PyInt.of(SreCodes.CODESIZE));
            ModuleTypes.f1(m, "ascii_iscased", (self, c) -> PyBool.of(SreChars.asciiIsCased(character(c))));
            ModuleTypes.f1(m, "unicode_iscased", (self, c) -> PyBool.of(SreChars.unicodeIsCased(character(c))));
            ModuleTypes.f1(m, "ascii_tolower", (self, c) -> PyInt.of(SreChars.lowerAscii(character(c))));
            ModuleTypes.f1(m, "unicode_tolower", (self, c) -> PyInt.of(SreChars.lowerUnicode(character(c))));
            ModuleTypes.fv(m, "compile", (self, args, kw) -> {
                PyObject[] a = ArgParse.parse("compile", args, kw, COMPILE, 6);
                return compile(a[0], a[1], a[2], a[3], a[4], a[5]);
            });
            ModuleTypes.fv(m, "template", (self, args, kw) -> {
                PyObject[] a = ArgParse.parse("template", args, kw, TEMPLATE, 2);
                return PyTemplate.of(a[1]);
            });
            // GraalPy's copy of re._compiler wraps its compile function with _sre.setup(compile, error).
            ModuleTypes.f2(m, "setup", 2, (self, compile, error) -> compile);
            module = m;
        }
        return module;
    }

    /** A character argument (an int code point; CPython takes an unsigned int). */
    private static int character(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 0xFFFFFFFFL) {
            throw Errors.overflowError("Python int too large to convert to C unsigned long");
        }
        long v = i.longValue();
        return v > 0x10FFFF ? (int) Math.min(v, Integer.MAX_VALUE) : (int) v;
    }

    static PyPattern compile(PyObject pattern, PyObject flagsObj, PyObject codeObj, PyObject groupsObj,
                             PyObject groupindex, PyObject indexgroup) {
        if (!(codeObj instanceof PyList list)) {
            throw Errors.typeError("compile() argument 'code' must be list, not %s", codeObj.type().name());
        }
        PyObject[] items = list.toArray();
        int[] code = new int[items.length + 1];
        for (int i = 0; i < items.length; i++) {
            PyInt v = Protocols.index(items[i], null);
            if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 0xFFFFFFFFL) {
                throw Errors.overflowError("regular expression code size limit exceeded");
            }
            code[i] = (int) v.longValue();
        }
        // A trailing FAILURE word, so a malformed program cannot read past the end.
        code[items.length] = SreCodes.FAILURE;
        long groups = PatternMethods.ssize(groupsObj);
        if (groups < 0 || groups > SreCodes.MAXGROUPS) {
            throw Errors.runtimeError("invalid SRE code");
        }
        if (!(indexgroup instanceof PyTuple ig)) {
            throw Errors.typeError("compile() argument 'indexgroup' must be tuple, not %s", indexgroup.type().name());
        }
        if (!(groupindex instanceof PyDict)) {
            throw Errors.typeError("compile() argument 'groupindex' must be dict, not %s", groupindex.type().name());
        }
        int flags = (int) PatternMethods.ssize(flagsObj);
        return new PyPattern(pattern, flags, code, (int) groups, PatternMethods.copyDict(groupindex), ig);
    }

    /** {@code re._compile_template(pattern, repl)}: the Python side parses, {@code _sre.template} builds. */
    static PyObject compileTemplate(PyPattern pattern, PyObject repl) {
        PyObject re = Importer.importModule("re");
        PyObject t = Calls.call2(Attr.getAttr(re, "_compile_template"), pattern, repl);
        if (!(t instanceof PyTemplate)) {
            throw Errors.typeError("invalid template");
        }
        return t;
    }
}

package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code collections.namedtuple}: builds the same class CPython's factory builds (a tuple
 * subclass with {@code __slots__ = ()}, the same methods as Python functions with the same
 * names, qualnames and argument errors, {@code _tuplegetter} fields).
 */
final class NamedTuple {
    private NamedTuple() { }

    static final PyBuiltinFunction FACTORY = new PyBuiltinFunction("namedtuple", null, NamedTuple::namedtuple);

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c)
                && !Character.isIdentifierIgnorable(c));
    }

    private static PyObject namedtuple(PyObject self, PyObject[] args, String[] kw) {
        checkRequired(args, kw);
        PyObject[] a = ArgParse.parse("namedtuple", args, kw,
                new String[] {"typename", "field_names", "*rename", "*defaults", "*module"}, 2);
        List<String> fields = new ArrayList<>();
        if (a[1] instanceof PyStr s) {
            for (String part : s.value().replace(',', ' ').trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    fields.add(part);
                }
            }
        } else {
            for (PyObject f : Protocols.toArray(a[1])) {
                fields.add(Ops.strString(f));
            }
        }
        String typename = Ops.strString(a[0]);
        boolean rename = a[2] != null && Ops.isTrue(a[2]);
        if (rename) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < fields.size(); i++) {
                String n = fields.get(i);
                if (!isIdentifier(n) || KEYWORDS.contains(n) || n.startsWith("_") || seen.contains(n)) {
                    fields.set(i, "_" + i);
                }
                seen.add(n);
            }
        }
        List<String> names = new ArrayList<>();
        names.add(typename);
        names.addAll(fields);
        for (String n : names) {
            if (!isIdentifier(n)) {
                throw Errors.valueError("Type names and field names must be valid identifiers: %s", Ops.reprString(PyStr.of(n)));
            }
            if (KEYWORDS.contains(n)) {
                throw Errors.valueError("Type names and field names cannot be a keyword: %s", Ops.reprString(PyStr.of(n)));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String n : fields) {
            if (n.startsWith("_") && !rename) {
                throw Errors.valueError("Field names cannot start with an underscore: %s", Ops.reprString(PyStr.of(n)));
            }
            if (!seen.add(n)) {
                throw Errors.valueError("Encountered duplicate field name: %s", Ops.reprString(PyStr.of(n)));
            }
        }
        PyObject[] fieldStrs = new PyObject[fields.size()];
        for (int i = 0; i < fieldStrs.length; i++) {
            fieldStrs[i] = PyStr.intern(fields.get(i));
        }
        PyDict fieldDefaults = new PyDict();
        PyObject[] defaults = null;
        if (a[3] != null && a[3] != PyNone.NONE) {
            defaults = Protocols.toArray(a[3]);
            if (defaults.length > fieldStrs.length) {
                throw Errors.typeError("Got more default values than field names");
            }
            for (int i = 0; i < defaults.length; i++) {
                fieldDefaults.setItem(fieldStrs[fieldStrs.length - defaults.length + i], defaults[i]);
            }
        }
        PyObject module = a[4] != null && a[4] != PyNone.NONE ? a[4] : PyStr.intern("__main__");
        return build(typename, fieldStrs, defaults, fieldDefaults, module);
    }

    /** The missing-argument errors of a Python function {@code namedtuple(typename, field_names, *, ...)}. */
    private static void checkRequired(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 2) {
            throw Errors.typeError("namedtuple() takes 2 positional arguments but %d were given", npos);
        }
        List<String> missing = new ArrayList<>();
        String[] required = {"typename", "field_names"};
        for (int i = npos; i < 2; i++) {
            if (kw == null || !List.of(kw).contains(required[i])) {
                missing.add("'" + required[i] + "'");
            }
        }
        if (missing.size() == 1) {
            throw Errors.typeError("namedtuple() missing 1 required positional argument: %s", missing.get(0));
        }
        if (missing.size() == 2) {
            throw Errors.typeError("namedtuple() missing 2 required positional arguments: %s and %s",
                    missing.get(0), missing.get(1));
        }
    }

    private static PyFunction function(String name, String qualname, String module, String[] params, int posOnly,
                                       int flags, PyObject[] defaults, FunctionBody body) {
        int argCount = params.length - ((flags & CodeInfo.VARKEYWORDS) != 0 ? 1 : 0);
        CodeInfo code = new CodeInfo(name, qualname, "<collections>", 1, argCount, posOnly, 0, params, flags);
        PyDict globals = new PyDict();
        globals.setItem(PyStr.intern("__name__"), PyStr.of(module));
        return new PyFunction(code, body, globals, defaults, null, null);
    }

    private static PyObject build(String typename, PyObject[] fields, PyObject[] defaults, PyDict fieldDefaults,
                                  PyObject module) {
        int n = fields.length;
        StringBuilder argList = new StringBuilder();
        for (int i = 0; i < n; i++) {
            argList.append(i > 0 ? ", " : "").append(fields[i]);
        }
        PyTuple fieldTuple = PyTuple.of(fields.clone());
        PyObject tupleNew = Attr.getAttr(PyTuple.TYPE, "__new__");
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__doc__"), PyStr.of(typename + "(" + argList + ")"));
        ns.setItem(PyStr.intern("__slots__"), PyTuple.EMPTY);
        ns.setItem(PyStr.intern("_fields"), fieldTuple);
        ns.setItem(PyStr.intern("_field_defaults"), fieldDefaults);

        String[] newParams = new String[n + 1];
        newParams[0] = "_cls";
        for (int i = 0; i < n; i++) {
            newParams[i + 1] = fields[i].toString();
        }
        PyFunction newFn = function("__new__", typename + ".__new__", "namedtuple_" + typename, newParams, 0, 0,
                defaults, (fn, frame) -> {
                    PyObject[] values = new PyObject[n];
                    System.arraycopy(frame, 1, values, 0, n);
                    return Calls.call2(tupleNew, frame[0], PyTuple.of(values));
                });
        newFn.setDoc(PyStr.of("Create new instance of " + typename + "(" + argList + ")"));
        ns.setItem(PyStr.intern("__new__"), newFn);

        PyFunction make = function("_make", typename + "._make", "collections", new String[] {"cls", "iterable"}, 0, 0,
                null, (fn, frame) -> {
                    PyObject result = Calls.call2(tupleNew, frame[0], frame[1]);
                    int len = Protocols.len(result);
                    if (len != n) {
                        throw Errors.typeError("Expected %d arguments, got %d", n, len);
                    }
                    return result;
                });
        make.setDoc(PyStr.of("Make a new " + typename + " object from a sequence or iterable"));
        ns.setItem(PyStr.intern("_make"), new PyClassMethod(make));

        PyFunction replace = function("_replace", typename + "._replace", "collections", new String[] {"self", "kwds"},
                1, CodeInfo.VARKEYWORDS, null, (fn, frame) -> {
                    PyDict kwds = (PyDict) frame[1];
                    PyObject self = frame[0];
                    PyObject pop = Attr.getAttr(kwds, "pop");
                    PyObject it = Protocols.iter(self);
                    List<PyObject> values = new ArrayList<>();
                    for (PyObject f : fields) {
                        PyObject current = Protocols.next(it);
                        if (current == null) {
                            break;
                        }
                        values.add(Calls.call2(pop, f, current));
                    }
                    PyObject result = Calls.call1(Attr.getAttr(self, "_make"), new PyList(values));
                    if (kwds.size() > 0) {
                        throw Errors.typeError("Got unexpected field names: %s",
                                Ops.reprString(new PyList(kwds.snapshot()[0])));
                    }
                    return result;
                });
        replace.setDoc(PyStr.of("Return a new " + typename + " object replacing specified fields with new values"));
        ns.setItem(PyStr.intern("__replace__"), replace);
        ns.setItem(PyStr.intern("_replace"), replace);

        PyFunction repr = function("__repr__", typename + ".__repr__", "collections", new String[] {"self"}, 0, 0,
                null, (fn, frame) -> {
                    PyObject self = frame[0];
                    PyObject[] items = Protocols.toArray(self);
                    if (items.length != n) {
                        throw Errors.typeError("not all arguments converted during string formatting");
                    }
                    StringBuilder sb = new StringBuilder(Ops.strString(Attr.getAttr(self.type(), "__name__")));
                    sb.append('(');
                    for (int i = 0; i < n; i++) {
                        sb.append(i > 0 ? ", " : "").append(fields[i]).append('=').append(Ops.reprString(items[i]));
                    }
                    return PyStr.of(sb.append(')').toString());
                });
        repr.setDoc(PyStr.of("Return a nicely formatted representation string"));
        ns.setItem(PyStr.intern("__repr__"), repr);

        PyFunction asdict = function("_asdict", typename + "._asdict", "collections", new String[] {"self"}, 0, 0,
                null, (fn, frame) -> {
                    PyObject[] names = Protocols.toArray(Attr.getAttr(frame[0], "_fields"));
                    PyObject[] values = Protocols.toArray(frame[0]);
                    PyDict d = new PyDict();
                    for (int i = 0; i < Math.min(names.length, values.length); i++) {
                        d.setItem(names[i], values[i]);
                    }
                    return d;
                });
        asdict.setDoc(PyStr.of("Return a new dict which maps field names to their values."));
        ns.setItem(PyStr.intern("_asdict"), asdict);

        PyFunction getnewargs = function("__getnewargs__", typename + ".__getnewargs__", "collections",
                new String[] {"self"}, 0, 0, null, (fn, frame) -> PyTuple.fromIterable(frame[0]));
        getnewargs.setDoc(PyStr.of("Return self as a plain tuple.  Used by copy and pickle."));
        ns.setItem(PyStr.intern("__getnewargs__"), getnewargs);
        ns.setItem(PyStr.intern("__match_args__"), fieldTuple);
        for (int i = 0; i < n; i++) {
            ns.setItem(fields[i], new TupleGetter(i, PyStr.of("Alias for field number " + i)));
        }
        ns.setItem(PyStr.intern("__module__"), module);
        ns.setItem(PyStr.intern("__qualname__"), PyStr.of(typename));
        return ClassBuilder.newType(PyType.TYPE, typename, new PyObject[] {PyTuple.TYPE}, ns, null, null);
    }
}

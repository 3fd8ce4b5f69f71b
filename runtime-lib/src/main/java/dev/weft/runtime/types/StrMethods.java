package dev.weft.runtime.types;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.text.Codecs;
import dev.weft.runtime.text.StrCase;
import dev.weft.runtime.text.StrLayout;
import dev.weft.runtime.text.StrRepr;
import dev.weft.runtime.text.StrSearch;
import dev.weft.runtime.text.StrTranslate;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Methods of {@code str}. Indexing, slicing, concatenation, comparison and hashing are here;
 * the text algorithms (case mapping, splitting, ...) are delegated to the text library
 * (interim implementations until dev.weft.runtime.text lands).
 */
final class StrMethods {
    private StrMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static PyStr s(PyObject o) {
        return (PyStr) o;
    }

    private static String v(PyObject o) {
        return ((PyStr) o).value;
    }

    /** Whether code-point indices of the str {@code o} are char indices (its length is cached). */
    private static boolean charIndexed(PyObject o) {
        return ((PyStr) o).isBmpOnly();
    }

    private static String strArg(PyObject o, String fn, String what) {
        if (o instanceof PyStr p) {
            return p.value;
        }
        throw Errors.typeError("%s", what != null ? what : fn + "() argument must be str, not " + o.type().name());
    }

    private static PyList list(List<String> parts) {
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyStr.of(parts.get(i));
        }
        return new PyList(out);
    }



    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyObject[] p = ArgParse.parse("str", args, kw, new String[] {"object", "encoding", "errors"}, 0);
            PyStr r;
            if (p[0] == null) {
                r = PyStr.EMPTY;
            } else if (p[1] == null && p[2] == null) {
                r = Ops.str(p[0]);
            } else {
                byte[] b = p[0] instanceof PyBytes pb ? pb.array() : p[0] instanceof PyByteArray ba ? ba.toByteArray() : null;
                if (b == null) {
                    throw Errors.typeError("decoding to str: need a bytes-like object, %s found", p[0].type().name());
                }
                r = PyStr.of(Codecs.decode(b, p[1] == null ? "utf-8" : v(p[1]), p[2] == null ? "strict" : v(p[2])));
            }
            return cls == PyStr.TYPE ? r : new PyStr.Sub(cls, r.value);
        });
        t.def1("__add__", (self, o) -> {
            if (!(o instanceof PyStr b)) {
                throw Errors.typeError("can only concatenate str (not \"%s\") to str", o.type().name());
            }
            return PyStr.of(v(self).concat(b.value));
        });
        t.def1("__mul__", (self, n) -> repeat(s(self), n));
        t.def1("__rmul__", (self, n) -> repeat(s(self), n));
        t.def1("__mod__", (self, args) -> PyStr.of(FormatOperands.percent(v(self), args)));
        t.def1("__rmod__", (self, o) -> NI);
        t.def0("__len__", self -> PyInt.of(s(self).length()));
        t.def1("__getitem__", StrMethods::getItem);
        t.def1("__contains__", (self, o) -> {
            if (!(o instanceof PyStr b)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not %s", o.type().name());
            }
            return PyBool.of(StrSearch.contains(v(self), b.value));   // a lone surrogate never matches half a pair
        });
        t.def0("__iter__", self -> new Iterators.StrIter(s(self)));
        t.def0("__hash__", self -> PyInt.of(s(self).pyHash()));
        t.def0("__repr__", self -> PyStr.of(StrRepr.repr(v(self))));
        t.def0("__str__", self -> self.getClass() == PyStr.class ? self : PyStr.of(v(self)));
        t.def1("__format__", (self, spec) -> FormatBridge.format(self, spec, PyStr.class, () -> FormatBridge.formatStr(v(self), spec, self.type().name())));
        t.def0("__getnewargs__", self -> PyTuple.of(PyStr.of(v(self))));
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> o instanceof PyStr b
                    ? PyBool.of(op.test(op == CmpOp.EQ || op == CmpOp.NE ? (v(self).equals(b.value) ? 0 : 1)
                    : PyStr.compare(v(self), b.value))) : NI);
        }
        // ---- text methods: the text library ----
        t.def0("upper", self -> PyStr.of(StrCase.upper(v(self))));
        t.def0("lower", self -> PyStr.of(StrCase.lower(v(self))));
        t.def0("casefold", self -> PyStr.of(StrCase.casefold(v(self))));
        t.def0("capitalize", self -> PyStr.of(StrCase.capitalize(v(self))));
        t.def0("title", self -> PyStr.of(StrCase.title(v(self))));
        t.def0("swapcase", self -> PyStr.of(StrCase.swapcase(v(self))));
        t.def1("strip", 0, (self, c) -> PyStr.of(StrLayout.strip(v(self), chars(c, "strip"))));
        t.def1("lstrip", 0, (self, c) -> PyStr.of(StrLayout.lstrip(v(self), chars(c, "lstrip"))));
        t.def1("rstrip", 0, (self, c) -> PyStr.of(StrLayout.rstrip(v(self), chars(c, "rstrip"))));
        t.defV("split", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("split", args, kw, new String[] {"sep", "maxsplit"}, 0);
            return list(StrSearch.split(v(self), sep(p[0]), maxsplit(p[1])));
        });
        t.defV("rsplit", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("rsplit", args, kw, new String[] {"sep", "maxsplit"}, 0);
            return list(StrSearch.rsplit(v(self), sep(p[0]), maxsplit(p[1])));
        });
        t.defV("splitlines", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("splitlines", args, kw, new String[] {"keepends"}, 0);
            return list(StrLayout.splitlines(v(self), p[0] != null && Ops.isTrue(p[0])));
        });
        t.def1("join", (self, it) -> join(v(self), it));
        // replace(old, new, /, count=-1): count may be given by keyword since 3.13
        t.defV("replace", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos < 2) {
                throw Errors.typeError("replace() takes at least 2 positional arguments (%d given)", npos);
            }
            if (args.length > 3) {
                throw Errors.typeError("replace() takes at most 3 arguments (%d given)", args.length);
            }
            PyObject count = npos == 3 ? args[2] : null;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("count")) {
                    throw Errors.typeError("replace() got an unexpected keyword argument '%s'", kw[k]);
                }
                count = args[npos + k];
            }
            PyObject old = args[0];
            PyObject nw = args[1];
            String o = strArg(old, "replace", "replace() argument 1 must be str, not " + old.type().name());
            String n = strArg(nw, "replace", "replace() argument 2 must be str, not " + nw.type().name());
            long c = count == null ? -1 : Protocols.index(count, null).longValue();
            return PyStr.of(StrSearch.replace(v(self), o, n, (int) Math.max(-1, Math.min(c, Integer.MAX_VALUE))));
        });
        t.def3("startswith", 1, (self, p, a, b) -> PyBool.of(affix(s(self), p, a, b, true)));
        t.def3("endswith", 1, (self, p, a, b) -> PyBool.of(affix(s(self), p, a, b, false)));
        t.def3("find", 1, (self, sub, a, b) -> PyInt.of(StrSearch.find(v(self), charIndexed(self), needle(sub, "find"), pos(a, 0), pos(b, StrSearch.END))));
        t.def3("rfind", 1, (self, sub, a, b) -> PyInt.of(StrSearch.rfind(v(self), charIndexed(self), needle(sub, "rfind"), pos(a, 0), pos(b, StrSearch.END))));
        t.def3("index", 1, (self, sub, a, b) -> PyInt.of(StrSearch.index(v(self), charIndexed(self), needle(sub, "index"), pos(a, 0), pos(b, StrSearch.END))));
        t.def3("rindex", 1, (self, sub, a, b) -> PyInt.of(StrSearch.rindex(v(self), charIndexed(self), needle(sub, "rindex"), pos(a, 0), pos(b, StrSearch.END))));
        t.def3("count", 1, (self, sub, a, b) -> PyInt.of(StrSearch.count(v(self), charIndexed(self), needle(sub, "count"), pos(a, 0), pos(b, StrSearch.END))));
        t.def1("partition", (self, sep) -> tuple3(StrSearch.partition(v(self), strArg(sep, "partition", "must be str, not " + sep.type().name()))));
        t.def1("rpartition", (self, sep) -> tuple3(StrSearch.rpartition(v(self), strArg(sep, "rpartition", "must be str, not " + sep.type().name()))));
        t.def1("removeprefix", (self, p) -> PyStr.of(StrSearch.removeprefix(v(self), strArg(p, "removeprefix",
                "removeprefix() argument must be str, not " + p.type().name()))));
        t.def1("removesuffix", (self, p) -> PyStr.of(StrSearch.removesuffix(v(self), strArg(p, "removesuffix",
                "removesuffix() argument must be str, not " + p.type().name()))));
        t.def2("center", 1, (self, w, f) -> PyStr.of(StrLayout.center(v(self), width(w), fill(f))));
        t.def2("ljust", 1, (self, w, f) -> PyStr.of(StrLayout.ljust(v(self), width(w), fill(f))));
        t.def2("rjust", 1, (self, w, f) -> PyStr.of(StrLayout.rjust(v(self), width(w), fill(f))));
        t.def1("zfill", (self, w) -> PyStr.of(StrLayout.zfill(v(self), width(w))));
        t.defV("expandtabs", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("expandtabs", args, kw, new String[] {"tabsize"}, 0);
            return PyStr.of(StrLayout.expandtabs(v(self), p[0] == null ? 8 : width(p[0])));
        });
        t.def0("isdigit", self -> PyBool.of(StrCase.isdigit(v(self))));
        t.def0("isdecimal", self -> PyBool.of(StrCase.isdecimal(v(self))));
        t.def0("isnumeric", self -> PyBool.of(StrCase.isnumeric(v(self))));
        t.def0("isalpha", self -> PyBool.of(StrCase.isalpha(v(self))));
        t.def0("isalnum", self -> PyBool.of(StrCase.isalnum(v(self))));
        t.def0("isspace", self -> PyBool.of(StrCase.isspace(v(self))));
        t.def0("isascii", self -> PyBool.of(StrCase.isascii(v(self))));
        t.def0("isupper", self -> PyBool.of(StrCase.isupper(v(self))));
        t.def0("islower", self -> PyBool.of(StrCase.islower(v(self))));
        t.def0("istitle", self -> PyBool.of(StrCase.istitle(v(self))));
        t.def0("isidentifier", self -> PyBool.of(StrCase.isidentifier(v(self))));
        t.def0("isprintable", self -> PyBool.of(StrCase.isprintable(v(self))));
        t.defV("encode", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("encode", args, kw, new String[] {"encoding", "errors"}, 0);
            return PyBytes.of(Codecs.encode(v(self), p[0] == null ? "utf-8" : strArg(p[0], "encode", null),
                    p[1] == null ? "strict" : strArg(p[1], "encode", null)));
        });
        t.def1("translate", (self, table) -> PyStr.of(StrTranslate.translate(v(self), cp -> {
            PyObject r;
            try {
                r = Protocols.getItem(table, PyInt.of(cp));
            } catch (dev.weft.runtime.exc.PyException e) {
                if (e.matches(dev.weft.runtime.exc.ExceptionTypes.LookupError)) {
                    return StrTranslate.UNMAPPED;
                }
                throw e;
            }
            if (r == PyNone.NONE) {
                return null;
            }
            if (r instanceof PyStr rs) {
                return rs.value;
            }
            if (r instanceof PyInt ri) {
                return ri.fitsLong() ? (Object) ri.longValue() : (Object) Long.MAX_VALUE;
            }
            return r;
        })));
        t.def("maketrans", new dev.weft.runtime.call.PyStaticMethod(new dev.weft.runtime.call.PyBuiltinFunction(
                "maketrans", 1, 3, (dev.weft.runtime.call.Fn.F3) (unused, x, y, z) -> maketrans(x, y, z))));
        t.defV("format", (self, args, kw) -> PyStr.of(FormatOperands.format(v(self), args, kw)));
        t.def1("format_map", (self, m) -> PyStr.of(FormatOperands.formatMap(v(self), m)));
    }

    private static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict out = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            PyObject[][] kv = d.snapshot();
            for (int i = 0; i < kv[0].length; i++) {
                PyObject k = kv[0][i];
                if (k instanceof PyStr ks) {
                    out.setItem(PyInt.of(StrTranslate.maketransKey(ks.value)), kv[1][i]);
                } else if (k instanceof PyInt) {
                    out.setItem(k, kv[1][i]);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(x instanceof PyStr xs) || !(y instanceof PyStr ys)) {
            throw Errors.typeError("maketrans() argument %d must be str, not %s", x instanceof PyStr ? 2 : 1,
                    (x instanceof PyStr ? y : x).type().name());
        }
        String zs = null;
        if (z != null) {
            if (!(z instanceof PyStr zstr)) {
                throw Errors.typeError("maketrans() argument 3 must be str, not %s", z.type().name());
            }
            zs = zstr.value;
        }
        for (java.util.Map.Entry<Integer, Integer> e : StrTranslate.maketrans(xs.value, ys.value, zs).entrySet()) {
            out.setItem(PyInt.of(e.getKey()), e.getValue() == null ? PyNone.NONE : PyInt.of(e.getValue()));
        }
        return out;
    }

    private static String needle(PyObject sub, String fn) {
        return strArg(sub, fn, "must be str, not " + sub.type().name());
    }

    /** A start/end argument as the text library takes it (None → default, big ints clamped). */
    private static int pos(PyObject o, int dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        PyInt i = Protocols.index(o, "slice indices must be integers or None or have an __index__ method");
        if (!i.fitsLong()) {
            return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.longValue()));
    }

    private static PyTuple tuple3(String[] parts) {
        return PyTuple.of(PyStr.of(parts[0]), PyStr.of(parts[1]), PyStr.of(parts[2]));
    }

    private static String chars(PyObject c, String fn) {
        return c == null || c == PyNone.NONE ? null : strArg(c, fn, fn + " arg must be None or str");
    }

    private static String sep(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        String s = strArg(o, "split", "must be str or None, not " + o.type().name());
        if (s.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return s;
    }

    private static int maxsplit(PyObject o) {
        if (o == null) {
            return -1;
        }
        long m = Protocols.index(o, null).longValue();
        return m < 0 || m > Integer.MAX_VALUE ? -1 : (int) m;
    }

    private static int width(PyObject o) {
        long w = Protocols.index(o, null).longValue();
        return (int) Math.max(Math.min(w, Integer.MAX_VALUE - 8), Integer.MIN_VALUE);
    }

    private static int fill(PyObject f) {
        if (f == null) {
            return ' ';
        }
        if (!(f instanceof PyStr s)) {
            throw Errors.typeError("The fill character must be a unicode character, not %s", f.type().name());
        }
        return StrLayout.fillChar(s.value);
    }

    /**
     * {@code sep.join(iterable)}: one snapshot of the items, their Java strings in an array, one
     * copy of the text. A single exact str item is returned itself, as CPython does.
     */
    static PyObject join(String sep, PyObject iterable) {
        PyObject[] items = Protocols.toArray(iterable);
        int n = items.length;
        if (n == 0) {
            return PyStr.EMPTY;
        }
        if (n == 1 && items[0].getClass() == PyStr.class) {
            return items[0];
        }
        String[] parts = new String[n];
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr p)) {
                throw Errors.typeError("sequence item %d: expected str instance, %s found", i, items[i].type().name());
            }
            parts[i] = p.value;
        }
        return PyStr.of(StrLayout.join(sep, parts));
    }

    static PyObject repeat(PyStr s, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type().name());
        }
        long k = Protocols.index(n, null).longValue();
        if (k <= 0 || s.value.isEmpty()) {
            return PyStr.EMPTY;
        }
        if ((long) s.value.length() * k > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError();
        }
        return PyStr.of(s.value.repeat((int) k));
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyStr s = s(self);
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(s.length());
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (step == 1) {
                return len <= 0 ? PyStr.EMPTY : PyStr.of(s.substring(start, start + len));
            }
            StringBuilder sb = new StringBuilder(len);
            for (int k = 0, i = start; k < len; k++, i += step) {
                sb.appendCodePoint(s.codePointAt(i));
            }
            return PyStr.of(sb.toString());
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("string indices must be integers, not '%s'", key.type().name());
        }
        long i = Protocols.indexValue(key, "string");
        int n = s.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("string index out of range");
        }
        return s.charAt((int) i);
    }


    private static boolean affix(PyStr self, PyObject p, PyObject a, PyObject b, boolean prefix) {
        String fn = prefix ? "startswith" : "endswith";
        int start = pos(a, 0), end = pos(b, StrSearch.END);
        if (p instanceof PyTuple tup) {
            String[] options = new String[tup.size()];
            for (int i = 0; i < options.length; i++) {
                options[i] = strArg(tup.get(i), fn, "tuple for " + fn + " must only contain str, not "
                        + tup.get(i).type().name());
            }
            return StrSearch.tailMatch(self.value, self.isBmpOnly(), options, start, end, !prefix);
        }
        if (!(p instanceof PyStr x)) {
            throw Errors.typeError("%s first arg must be str or a tuple of str, not %s", fn, p.type().name());
        }
        return StrSearch.tailMatch(self.value, self.isBmpOnly(), x.value, start, end, !prefix);
    }


}

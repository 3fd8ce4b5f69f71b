package dev.weft.runtime.types;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.interim.InterimText;
import dev.weft.runtime.interim.PercentFormat;
import dev.weft.runtime.interim.StrFormat;
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

    /** Code-point [start, end) from optional slice-like arguments, clamped. */
    private static int[] range(PyStr self, PyObject start, PyObject end) {
        int n = self.length();
        long a = start == null || start == PyNone.NONE ? 0 : Protocols.indexValue(start, "slice");
        long b = end == null || end == PyNone.NONE ? n : Protocols.indexValue(end, "slice");
        if (a < 0) {
            a = Math.max(0, a + n);
        }
        if (b < 0) {
            b = Math.max(0, b + n);
        }
        return new int[] {(int) Math.min(a, n + 1), (int) Math.min(b, n)};
    }

    private static int find(PyStr self, PyObject sub, PyObject start, PyObject end, boolean reverse, String fn) {
        String needle = strArg(sub, fn, "must be str, not " + sub.type().name());
        int[] r = range(self, start, end);
        if (r[0] > self.length() || r[1] - r[0] < needle.codePointCount(0, needle.length())) {
            return -1;
        }
        int cs = self.charIndex(r[0]), ce = self.charIndex(r[1]);
        String hay = self.value;
        int at = reverse ? hay.lastIndexOf(needle, ce - needle.length()) : hay.indexOf(needle, cs);
        if (at < cs || at + needle.length() > ce) {
            return -1;
        }
        return self.isBmpOnly() ? at : hay.codePointCount(0, at);
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
        t.def1("__mod__", (self, args) -> PyStr.of(PercentFormat.format(v(self), args)));
        t.def1("__rmod__", (self, o) -> NI);
        t.def0("__len__", self -> PyInt.of(s(self).length()));
        t.def1("__getitem__", StrMethods::getItem);
        t.def1("__contains__", (self, o) -> {
            if (!(o instanceof PyStr b)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not %s", o.type().name());
            }
            return PyBool.of(v(self).contains(b.value));
        });
        t.def0("__iter__", self -> new Iterators.StrIter(s(self)));
        t.def0("__hash__", self -> PyInt.of(s(self).pyHash()));
        t.def0("__repr__", self -> PyStr.of(InterimText.repr(v(self))));
        t.def0("__str__", self -> self.getClass() == PyStr.class ? self : PyStr.of(v(self)));
        t.def1("__format__", (self, spec) -> PyStr.of(FormatBridge.formatStr(v(self), spec)));
        t.def0("__getnewargs__", self -> PyTuple.of(PyStr.of(v(self))));
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> o instanceof PyStr b
                    ? PyBool.of(op.test(op == CmpOp.EQ || op == CmpOp.NE ? (v(self).equals(b.value) ? 0 : 1)
                    : PyStr.compare(v(self), b.value))) : NI);
        }
        // ---- text methods (interim implementations) ----
        t.def0("upper", self -> PyStr.of(InterimText.upper(v(self))));
        t.def0("lower", self -> PyStr.of(InterimText.lower(v(self))));
        t.def0("casefold", self -> PyStr.of(InterimText.lower(v(self))));
        t.def0("capitalize", self -> PyStr.of(InterimText.capitalize(v(self))));
        t.def0("title", self -> PyStr.of(InterimText.title(v(self))));
        t.def0("swapcase", self -> PyStr.of(InterimText.swapcase(v(self))));
        t.def1("strip", 0, (self, c) -> PyStr.of(InterimText.strip(v(self), chars(c, "strip"), true, true)));
        t.def1("lstrip", 0, (self, c) -> PyStr.of(InterimText.strip(v(self), chars(c, "lstrip"), true, false)));
        t.def1("rstrip", 0, (self, c) -> PyStr.of(InterimText.strip(v(self), chars(c, "rstrip"), false, true)));
        t.defV("split", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("split", args, kw, new String[] {"sep", "maxsplit"}, 0);
            return list(InterimText.split(v(self), sep(p[0]), maxsplit(p[1])));
        });
        t.defV("rsplit", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("rsplit", args, kw, new String[] {"sep", "maxsplit"}, 0);
            return list(InterimText.rsplit(v(self), sep(p[0]), maxsplit(p[1])));
        });
        t.defV("splitlines", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("splitlines", args, kw, new String[] {"keepends"}, 0);
            return list(InterimText.splitlines(v(self), p[0] != null && Ops.isTrue(p[0])));
        });
        t.def1("join", (self, it) -> {
            PyObject[] items = Protocols.toArray(it);
            StringBuilder sb = new StringBuilder();
            String sep = v(self);
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr p)) {
                    throw Errors.typeError("sequence item %d: expected str instance, %s found", i, items[i].type().name());
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(p.value);
            }
            return PyStr.of(sb.toString());
        });
        t.def3("replace", 2, (self, old, nw, count) -> {
            String o = strArg(old, "replace", null), n = strArg(nw, "replace", null);
            long c = count == null ? -1 : Protocols.index(count, null).longValue();
            return PyStr.of(replace(v(self), o, n, c));
        });
        t.def3("startswith", 1, (self, p, a, b) -> PyBool.of(affix(s(self), p, a, b, true)));
        t.def3("endswith", 1, (self, p, a, b) -> PyBool.of(affix(s(self), p, a, b, false)));
        t.def3("find", 1, (self, sub, a, b) -> PyInt.of(find(s(self), sub, a, b, false, "find")));
        t.def3("rfind", 1, (self, sub, a, b) -> PyInt.of(find(s(self), sub, a, b, true, "rfind")));
        t.def3("index", 1, (self, sub, a, b) -> {
            int r = find(s(self), sub, a, b, false, "index");
            if (r < 0) {
                throw Errors.valueError("substring not found");
            }
            return PyInt.of(r);
        });
        t.def3("rindex", 1, (self, sub, a, b) -> {
            int r = find(s(self), sub, a, b, true, "rindex");
            if (r < 0) {
                throw Errors.valueError("substring not found");
            }
            return PyInt.of(r);
        });
        t.def3("count", 1, (self, sub, a, b) -> {
            String needle = strArg(sub, "count", "must be str, not " + sub.type().name());
            int[] r = range(s(self), a, b);
            if (r[0] > r[1] || r[0] > s(self).length()) {
                return PyInt.ZERO;
            }
            String hay = s(self).substring(r[0], r[1]);
            if (needle.isEmpty()) {
                return PyInt.of(hay.codePointCount(0, hay.length()) + 1);
            }
            int c = 0;
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
                c++;
            }
            return PyInt.of(c);
        });
        t.def1("partition", (self, sep) -> partition(v(self), strArg(sep, "partition", null), false));
        t.def1("rpartition", (self, sep) -> partition(v(self), strArg(sep, "rpartition", null), true));
        t.def1("removeprefix", (self, p) -> {
            String x = strArg(p, "removeprefix", null);
            return v(self).startsWith(x) ? PyStr.of(v(self).substring(x.length())) : self;
        });
        t.def1("removesuffix", (self, p) -> {
            String x = strArg(p, "removesuffix", null);
            return v(self).endsWith(x) && !x.isEmpty() ? PyStr.of(v(self).substring(0, v(self).length() - x.length())) : self;
        });
        t.def2("center", 1, (self, w, f) -> PyStr.of(InterimText.center(v(self), width(w), fill(f), 2)));
        t.def2("ljust", 1, (self, w, f) -> PyStr.of(InterimText.center(v(self), width(w), fill(f), 0)));
        t.def2("rjust", 1, (self, w, f) -> PyStr.of(InterimText.center(v(self), width(w), fill(f), 1)));
        t.def1("zfill", (self, w) -> PyStr.of(InterimText.zfill(v(self), width(w))));
        t.defV("expandtabs", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("expandtabs", args, kw, new String[] {"tabsize"}, 0);
            return PyStr.of(InterimText.expandtabs(v(self), p[0] == null ? 8 : width(p[0])));
        });
        t.def0("isdigit", self -> PyBool.of(InterimText.all(v(self), Character::isDigit)));
        t.def0("isdecimal", self -> PyBool.of(InterimText.all(v(self), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)));
        t.def0("isnumeric", self -> PyBool.of(InterimText.all(v(self), c -> Character.isDigit(c)
                || Character.getType(c) == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER)));
        t.def0("isalpha", self -> PyBool.of(InterimText.all(v(self), Character::isLetter)));
        t.def0("isalnum", self -> PyBool.of(InterimText.all(v(self), Character::isLetterOrDigit)));
        t.def0("isspace", self -> PyBool.of(InterimText.all(v(self), InterimText::isPySpace)));
        t.def0("isascii", self -> PyBool.of(v(self).chars().allMatch(c -> c < 128)));
        t.def0("isupper", self -> PyBool.of(InterimText.isCasedUpper(v(self), true)));
        t.def0("islower", self -> PyBool.of(InterimText.isCasedUpper(v(self), false)));
        t.def0("istitle", self -> PyBool.of(!v(self).isEmpty() && InterimText.title(v(self)).equals(v(self))
                && v(self).codePoints().anyMatch(Character::isLetter)));
        t.def0("isidentifier", self -> PyBool.of(InterimText.isIdentifier(v(self))));
        t.def0("isprintable", self -> PyBool.of(v(self).codePoints().allMatch(InterimText::isPrintable)));
        t.defV("encode", (self, args, kw) -> {
            PyObject[] p = ArgParse.parse("encode", args, kw, new String[] {"encoding", "errors"}, 0);
            return PyBytes.of(Codecs.encode(v(self), p[0] == null ? "utf-8" : v(p[0]), p[1] == null ? "strict" : v(p[1])));
        });
        t.defV("format", (self, args, kw) -> PyStr.of(StrFormat.format(v(self), args, kw)));
        t.defV("format_map", (self, args, kw) -> PyStr.of(StrFormat.formatMap(v(self), args[0])));
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
        if (!(f instanceof PyStr s) || s.length() != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return s.codePointAt(0);
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

    static String replace(String s, String old, String nw, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(nw);
                s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(nw));
                return sb.toString();
            }
            return s.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        if (old.isEmpty()) {
            int pos = 0;
            while (done < count && pos <= s.length()) {
                sb.append(nw);
                done++;
                if (pos < s.length()) {
                    int cp = s.codePointAt(pos);
                    sb.appendCodePoint(cp);
                    pos += Character.charCount(cp);
                } else {
                    pos++;
                }
            }
            if (pos < s.length()) {
                sb.append(s, pos, s.length());
            }
            return sb.toString();
        }
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(nw);
            i = j + old.length();
            done++;
        }
        return sb.append(s.substring(i)).toString();
    }

    private static boolean affix(PyStr self, PyObject p, PyObject a, PyObject b, boolean prefix) {
        int[] r = range(self, a, b);
        if (r[0] > r[1] || r[0] > self.length()) {
            return false;
        }
        String region = self.substring(r[0], r[1]);
        if (p instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                String x = strArg(tup.get(i), prefix ? "startswith" : "endswith", "tuple for "
                        + (prefix ? "startswith" : "endswith") + " must only contain str, not " + tup.get(i).type().name());
                if (prefix ? region.startsWith(x) : region.endsWith(x)) {
                    return true;
                }
            }
            return false;
        }
        if (!(p instanceof PyStr x)) {
            throw Errors.typeError("%s first arg must be str or a tuple of str, not %s",
                    prefix ? "startswith" : "endswith", p.type().name());
        }
        return prefix ? region.startsWith(x.value) : region.endsWith(x.value);
    }

    private static PyObject partition(String s, String sep, boolean reverse) {
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(s)) : PyTuple.of(PyStr.of(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), PyStr.of(sep), PyStr.of(s.substring(i + sep.length())));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.weft.runtime.modules.sre;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.core.MappingProxy;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.Iterators;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Methods and attributes of {@code re.Pattern}, as CPython's {@code _sre} defines them. */
final class PatternMethods {
    private PatternMethods() { }

    private static final String[] STRING_POS = {"string", "pos", "endpos"};
    private static final String[] SPLIT = {"string", "maxsplit"};
    private static final String[] SUB = {"repl", "string", "count"};

    private static PyPattern p(PyObject o) {
        return (PyPattern) o;
    }

    static void define(PyType t) {
        t.def("__module__", PyStr.intern("re"));
        t.defV("match", (self, args, kw) -> run(self, "match", args, kw, 0));
        t.defV("fullmatch", (self, args, kw) -> run(self, "fullmatch", args, kw, 1));
        t.defV("search", (self, args, kw) -> run(self, "search", args, kw, 2));
        t.defV("findall", (self, args, kw) -> findall(p(self), state(self, "findall", args, kw)));
        t.defV("finditer", (self, args, kw) -> {
            PyScanner sc = new PyScanner(p(self), state(self, "finditer", args, kw));
            PyObject search = new PyBuiltinFunction("search", sc, (s, a, k) -> sc.next(true));
            return new Iterators.CallableIter(search, PyNone.NONE);
        });
        t.defV("scanner", (self, args, kw) -> new PyScanner(p(self), state(self, "scanner", args, kw)));
        t.defV("split", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("split", args, kw, SPLIT, 1);
            long maxsplit = a[1] == null ? 0 : ssize(a[1]);
            return split(p(self), a[0], maxsplit);
        });
        t.defV("sub", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("sub", args, kw, SUB, 2);
            return subx(p(self), a[0], a[1], a[2] == null ? 0 : ssize(a[2]), false);
        });
        t.defV("subn", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("subn", args, kw, SUB, 2);
            return subx(p(self), a[0], a[1], a[2] == null ? 0 : ssize(a[2]), true);
        });
        t.defGetSet("pattern", self -> p(self).pattern, null);
        t.defGetSet("flags", self -> PyInt.of(p(self).flags), null);
        t.defGetSet("groups", self -> PyInt.of(p(self).groups), null);
        t.defGetSet("groupindex", self -> MappingProxy.of(p(self).groupindex), null);
        t.def0("__repr__", self -> PyStr.of(repr(p(self))));
        t.def1("__eq__", (self, other) -> {
            if (!(other instanceof PyPattern o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return PyBool.of(same(p(self), o));
        });
        t.def1("__ne__", (self, other) -> {
            if (!(other instanceof PyPattern o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return PyBool.of(!same(p(self), o));
        });
        t.def0("__hash__", self -> {
            PyPattern s = p(self);
            long h = Ops.hash(s.pattern) ^ Arrays.hashCode(s.code) ^ (s.flags * 1000003L);
            return PyInt.of(h == -1 ? -2 : h);
        });
        t.def0("__copy__", self -> self);
        t.def1("__deepcopy__", (self, memo) -> self);
        t.def("__class_getitem__", ModuleTypes.classGetItem());
    }

    private static boolean same(PyPattern a, PyPattern b) {
        if (a == b) {
            return true;
        }
        return a.flags == b.flags && a.isBytes() == b.isBytes() && Arrays.equals(a.code, b.code)
                && Ops.eqBool(a.pattern, b.pattern);
    }

    static long ssize(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    private static SreState state(PyObject self, String name, PyObject[] args, String[] kw) {
        if ((kw == null || kw.length == 0) && args.length >= 1 && args.length <= 3) {
            // the usual positional call, without building an argument array
            long pos = args.length > 1 ? ssize(args[1]) : 0;
            long endpos = args.length > 2 ? ssize(args[2]) : Long.MAX_VALUE;
            return p(self).state(args[0], pos, endpos);
        }
        PyObject[] a = ArgParse.parse(name, args, kw, STRING_POS, 1);
        long pos = a[1] == null ? 0 : ssize(a[1]);
        long endpos = a[2] == null ? Long.MAX_VALUE : ssize(a[2]);
        return p(self).state(a[0], pos, endpos);
    }

    /** kind: 0 match, 1 fullmatch, 2 search. */
    private static PyObject run(PyObject self, String name, PyObject[] args, String[] kw, int kind) {
        SreState s = state(self, name, args, kw);
        boolean ok;
        if (kind == 2) {
            ok = s.search();
        } else {
            s.matchAll = kind == 1;
            ok = s.match();
        }
        return ok ? new PyMatch(p(self), s) : PyNone.NONE;
    }

    private static PyObject findall(PyPattern p, SreState s) {
        PyList out = new PyList();
        while (s.start <= s.end) {
            s.reset();
            s.ptr = s.start;
            if (!s.search()) {
                break;
            }
            PyObject item;
            if (p.groups == 0) {
                item = s.subject.slice(s.start, s.ptr);
            } else if (p.groups == 1) {
                item = groupOrEmpty(s, 1);
            } else {
                PyObject[] items = new PyObject[p.groups];
                for (int g = 1; g <= p.groups; g++) {
                    items[g - 1] = groupOrEmpty(s, g);
                }
                item = PyTuple.of(items);
            }
            out.append(item);
            s.mustAdvance = s.ptr == s.start;
            s.start = s.ptr;
        }
        return out;
    }

    private static PyObject groupOrEmpty(SreState s, int g) {
        int b = s.groupStart(g), e = s.groupEnd(g);
        return b < 0 || e < 0 ? s.subject.empty() : s.subject.slice(b, e);
    }

    private static PyObject split(PyPattern p, PyObject string, long maxsplit) {
        SreState s = p.state(string, 0, Long.MAX_VALUE);
        PyList out = new PyList();
        int n = 0;
        int last = s.start;
        while (maxsplit == 0 || n < maxsplit) {
            s.reset();
            s.ptr = s.start;
            if (!s.search()) {
                break;
            }
            out.append(s.subject.slice(last, s.start));
            for (int g = 1; g <= p.groups; g++) {
                int b = s.groupStart(g), e = s.groupEnd(g);
                out.append(b < 0 || e < 0 ? PyNone.NONE : s.subject.slice(b, e));
            }
            n++;
            s.mustAdvance = s.ptr == s.start;
            last = s.start = s.ptr;
        }
        out.append(s.subject.slice(last, s.endpos));
        return out;
    }

    private static boolean isLiteralTemplate(PyObject repl) {
        if (repl instanceof PyStr s) {
            return s.value().indexOf('\\') < 0;
        }
        byte[] b = repl instanceof PyBytes bs ? bs.array() : repl instanceof PyByteArray ba ? ba.toByteArray() : null;
        if (b == null) {
            return false;
        }
        for (byte x : b) {
            if (x == '\\') {
                return false;
            }
        }
        return true;
    }

    private static PyObject subx(PyPattern p, PyObject repl, PyObject string, long count, boolean subn) {
        PyObject filter = null;
        PyTemplate template = null;
        boolean callable = false;
        if (Protocols.isCallable(repl)) {
            filter = repl;
            callable = true;
        } else if (isLiteralTemplate(repl)) {
            filter = repl;
        } else {
            template = (PyTemplate) SreModule.compileTemplate(p, repl);
            if (template.groups.length == 0) {
                filter = template.literal;
                template = null;
            }
        }
        SreState s = p.state(string, 0, Long.MAX_VALUE);
        List<PyObject> parts = new ArrayList<>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            s.reset();
            s.ptr = s.start;
            if (!s.search()) {
                break;
            }
            int b = s.start, e = s.ptr;
            if (i < b) {
                parts.add(s.subject.slice(i, b));
            }
            if (callable || template != null) {
                PyMatch m = new PyMatch(p, s);
                PyObject item = template != null ? template.expand(m) : Calls.call1(filter, m);
                if (item != PyNone.NONE) {
                    parts.add(item);
                }
            } else if (filter != null && Protocols.len(filter) > 0) {
                parts.add(filter);
            }
            i = e;
            n++;
            s.mustAdvance = s.ptr == s.start;
            s.start = s.ptr;
        }
        if (i < s.endpos) {
            parts.add(s.subject.slice(i, s.endpos));
        }
        PyObject result = parts.isEmpty() ? s.subject.slice(0, 0) : Joiner.join(s.subject.isBytes(), parts);
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    private static final String[][] FLAG_NAMES = {
        {"re.IGNORECASE", "2"}, {"re.LOCALE", "4"}, {"re.MULTILINE", "8"}, {"re.DOTALL", "16"},
        {"re.UNICODE", "32"}, {"re.VERBOSE", "64"}, {"re.DEBUG", "128"}, {"re.ASCII", "256"},
    };

    static String repr(PyPattern p) {
        String pat = MatchMethods.truncate(Ops.repr(p.pattern).value(), 200);
        int flags = p.flags;
        if (p.pattern instanceof PyStr
                && (flags & (SreCodes.FLAG_LOCALE | SreCodes.FLAG_UNICODE | SreCodes.FLAG_ASCII)) == SreCodes.FLAG_UNICODE) {
            flags &= ~SreCodes.FLAG_UNICODE;
        }
        if (flags == 0) {
            return "re.compile(" + pat + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (String[] f : FLAG_NAMES) {
            int v = Integer.parseInt(f[1]);
            if ((flags & v) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(f[0]);
                flags &= ~v;
            }
        }
        if (flags != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Integer.toHexString(flags));
        }
        return "re.compile(" + pat + ", " + sb + ")";
    }

    static PyDict copyDict(PyObject d) {
        PyDict out = new PyDict();
        if (d instanceof PyDict src) {
            PyObject[][] kv = src.snapshot();
            for (int i = 0; i < kv[0].length; i++) {
                out.setItem(kv[0][i], kv[1][i]);
            }
        }
        return out;
    }
}

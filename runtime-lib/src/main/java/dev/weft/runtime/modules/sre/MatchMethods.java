package dev.weft.runtime.modules.sre;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** Methods and attributes of {@code re.Match}, with CPython's messages. */
final class MatchMethods {
    private MatchMethods() { }

    private static PyMatch m(PyObject o) {
        return (PyMatch) o;
    }

    private static final String[] DEFAULT = {"default"};
    private static final String[] GROUP = {"group"};
    private static final String[] TEMPLATE = {"template"};

    static void define(PyType t) {
        t.def("__module__", PyStr.intern("re"));
        t.defV("group", (self, args, kw) -> {
            ArgParse.noKeywords("group", kw);
            PyMatch m = m(self);
            if (args.length == 0) {
                return m.group(0);
            }
            if (args.length == 1) {
                return m.group(m.groupIndex(args[0]));
            }
            PyObject[] out = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                out[i] = m.group(m.groupIndex(args[i]));
            }
            return PyTuple.of(out);
        });
        t.def1("__getitem__", (self, g) -> m(self).group(m(self).groupIndex(g)));
        t.defV("groups", (self, args, kw) -> {
            PyObject dflt = ArgParse.parse("groups", args, kw, DEFAULT, 0)[0];
            PyMatch m = m(self);
            PyObject d = dflt == null ? PyNone.NONE : dflt;
            PyObject[] out = new PyObject[m.pattern.groups];
            for (int g = 1; g <= m.pattern.groups; g++) {
                out[g - 1] = m.group(g, d);
            }
            return PyTuple.of(out);
        });
        t.defV("groupdict", (self, args, kw) -> {
            PyObject dflt = ArgParse.parse("groupdict", args, kw, DEFAULT, 0)[0];
            PyMatch m = m(self);
            PyObject d = dflt == null ? PyNone.NONE : dflt;
            PyDict out = new PyDict();
            PyObject[][] items = m.pattern.groupindex.snapshot();
            for (int i = 0; i < items[0].length; i++) {
                out.setItem(items[0][i], m.group(m.groupIndex(items[0][i]), d));
            }
            return out;
        });
        t.defV("start", (self, args, kw) -> PyInt.of(m(self).spans[2 * groupArg("start", self, args, kw)]));
        t.defV("end", (self, args, kw) -> PyInt.of(m(self).spans[2 * groupArg("end", self, args, kw) + 1]));
        t.defV("span", (self, args, kw) -> {
            int g = groupArg("span", self, args, kw);
            return span(m(self), g);
        });
        t.defV("expand", (self, args, kw) -> {
            PyObject template = ArgParse.parse("expand", args, kw, TEMPLATE, 1)[0];
            PyObject compiled = SreModule.compileTemplate(m(self).pattern, template);
            return ((PyTemplate) compiled).expand(m(self));
        });
        t.def0("__copy__", self -> self);
        t.def1("__deepcopy__", (self, memo) -> self);
        t.def0("__repr__", self -> {
            PyMatch m = m(self);
            String r = Ops.repr(m.group(0)).value();
            return PyStr.of("<re.Match object; span=(" + m.spans[0] + ", " + m.spans[1] + "), match="
                    + truncate(r, 50) + ">");
        });
        t.defGetSet("regs", self -> {
            PyMatch m = m(self);
            PyObject[] out = new PyObject[m.pattern.groups + 1];
            for (int g = 0; g < out.length; g++) {
                out[g] = span(m, g);
            }
            return PyTuple.of(out);
        }, null);
        t.defGetSet("lastindex", self -> m(self).lastindex >= 0 ? PyInt.of(m(self).lastindex) : PyNone.NONE, null);
        t.defGetSet("lastgroup", self -> {
            PyMatch m = m(self);
            PyObject n = m.lastindex >= 0 ? m.pattern.groupName(m.lastindex) : null;
            return n == null ? PyNone.NONE : n;
        }, null);
        t.defGetSet("string", self -> m(self).subject.original, null);
        t.defGetSet("re", self -> m(self).pattern, null);
        t.defGetSet("pos", self -> PyInt.of(m(self).pos), null);
        t.defGetSet("endpos", self -> PyInt.of(m(self).endpos), null);
        t.def("__class_getitem__", ModuleTypes.classGetItem());
    }

    private static int groupArg(String name, PyObject self, PyObject[] args, String[] kw) {
        PyObject g = ArgParse.parse(name, args, kw, GROUP, 0)[0];
        return g == null ? 0 : m(self).groupIndex(g);
    }

    private static PyTuple span(PyMatch m, int g) {
        return PyTuple.of(PyInt.of(m.spans[2 * g]), PyInt.of(m.spans[2 * g + 1]));
    }

    /** The first {@code n} code points of {@code s} (C's %.nR). */
    static String truncate(String s, int n) {
        if (s.codePointCount(0, s.length()) <= n) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, n));
    }
}

package dev.weft.runtime.modules.operator;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** {@code operator.itemgetter}, {@code attrgetter} and {@code methodcaller}: immutable, so freely shared between threads. */
final class Getters {
    private Getters() { }

    static final PyType ITEMGETTER = ModuleDefs.type("operator", "itemgetter", ItemGetter.class, PyType.OBJECT,
            t -> define(t, (cls, args, kw) -> {
                ArgParse.noKeywords("itemgetter", kw);
                if (args.length == 0) {
                    throw Errors.typeError("itemgetter expected 1 argument, got 0");
                }
                return new ItemGetter(args.clone());
            }), PyType.IMMUTABLE);

    static final PyType ATTRGETTER = ModuleDefs.type("operator", "attrgetter", AttrGetter.class, PyType.OBJECT,
            t -> define(t, (cls, args, kw) -> {
                ArgParse.noKeywords("attrgetter", kw);
                if (args.length == 0) {
                    throw Errors.typeError("attrgetter expected 1 argument, got 0");
                }
                String[][] paths = new String[args.length][];
                for (int i = 0; i < args.length; i++) {
                    if (!(args[i] instanceof PyStr s)) {
                        throw Errors.typeError("attribute name must be a string");
                    }
                    paths[i] = s.value().split("\\.", -1);
                }
                return new AttrGetter(args.clone(), paths);
            }), PyType.IMMUTABLE);

    static final PyType METHODCALLER = ModuleDefs.type("operator", "methodcaller", MethodCaller.class, PyType.OBJECT,
            t -> define(t, (cls, args, kw) -> {
                int nkw = kw == null ? 0 : kw.length;
                if (args.length - nkw < 1) {
                    throw Errors.typeError("methodcaller needs at least one argument, the method name");
                }
                if (!(args[0] instanceof PyStr name)) {
                    throw Errors.typeError("method name must be a string");
                }
                PyObject[] rest = new PyObject[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                return new MethodCaller(name.value(), rest, nkw == 0 ? null : kw.clone());
            }), PyType.IMMUTABLE);

    private static void define(PyType t, dev.weft.runtime.call.Fn.New make) {
        t.defNew(make);
        t.defV("__call__", (self, args, kw) -> self.call(args, kw));
        t.def0("__repr__", self -> PyStr.of(((Getter) self).repr()));
        t.def0("__reduce__", self -> ((Getter) self).reduce());
    }

    private abstract static class Getter extends PyObject {
        abstract String repr();

        abstract PyObject reduce();

        final PyObject single(String name, PyObject[] args, String[] kw) {
            ArgParse.noKeywords(name, kw);
            if (args.length != 1) {
                throw Errors.typeError("%s expected 1 argument, got %d", name, args.length);
            }
            return args[0];
        }
    }

    static String joinReprs(PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Ops.reprString(items[i]));
        }
        return sb.toString();
    }

    static final class ItemGetter extends Getter {
        private final PyObject[] items;

        ItemGetter(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyType type() {
            return ITEMGETTER;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject obj = single("itemgetter", args, kwnames);
            if (items.length == 1) {
                return Protocols.getItem(obj, items[0]);
            }
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = Protocols.getItem(obj, items[i]);
            }
            return PyTuple.of(out);
        }

        @Override
        String repr() {
            return "operator.itemgetter(" + joinReprs(items) + ")";
        }

        @Override
        PyObject reduce() {
            return PyTuple.of(ITEMGETTER, PyTuple.of(items.clone()));
        }
    }

    static final class AttrGetter extends Getter {
        private final PyObject[] names;
        private final String[][] paths;

        AttrGetter(PyObject[] names, String[][] paths) {
            this.names = names;
            this.paths = paths;
        }

        @Override
        public PyType type() {
            return ATTRGETTER;
        }

        private static PyObject resolve(PyObject obj, String[] path) {
            PyObject o = obj;
            for (String p : path) {
                o = Attr.getAttr(o, p);
            }
            return o;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject obj = single("attrgetter", args, kwnames);
            if (paths.length == 1) {
                return resolve(obj, paths[0]);
            }
            PyObject[] out = new PyObject[paths.length];
            for (int i = 0; i < paths.length; i++) {
                out[i] = resolve(obj, paths[i]);
            }
            return PyTuple.of(out);
        }

        @Override
        String repr() {
            return "operator.attrgetter(" + joinReprs(names) + ")";
        }

        @Override
        PyObject reduce() {
            return PyTuple.of(ATTRGETTER, PyTuple.of(names.clone()));
        }
    }

    static final class MethodCaller extends Getter {
        private final String name;
        /** Positional arguments followed by the keyword values. */
        private final PyObject[] args;
        private final String[] kwnames;

        MethodCaller(String name, PyObject[] args, String[] kwnames) {
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public PyType type() {
            return METHODCALLER;
        }

        @Override
        public PyObject call(PyObject[] callArgs, String[] callKw) {
            PyObject obj = single("methodcaller", callArgs, callKw);
            return Calls.call(Attr.getAttr(obj, name), args.clone(), kwnames);
        }

        @Override
        String repr() {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Ops.reprString(PyStr.of(name)));
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = args.length - nkw;
            for (int i = 0; i < npos; i++) {
                sb.append(", ").append(Ops.reprString(args[i]));
            }
            for (int i = 0; i < nkw; i++) {
                sb.append(", ").append(kwnames[i]).append('=').append(Ops.reprString(args[npos + i]));
            }
            return sb.append(')').toString();
        }

        @Override
        PyObject reduce() {
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = args.length - nkw;
            PyObject[] ctor = new PyObject[npos + 1];
            ctor[0] = PyStr.of(name);
            System.arraycopy(args, 0, ctor, 1, npos);
            if (nkw == 0) {
                return PyTuple.of(METHODCALLER, PyTuple.of(ctor));
            }
            throw Errors.notImplemented("pickling methodcaller with keyword arguments is not supported by weft yet");
        }
    }

}

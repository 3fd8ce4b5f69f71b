package dev.weft.runtime.exc;

import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.List;

/** The methods and attributes of the builtin exception types. */
final class ExceptionMethods {
    private ExceptionMethods() { }

    private static PyBaseException ex(PyObject o) {
        return (PyBaseException) o;
    }

    private static PyObject checkExceptionOrNone(PyObject v, String what) {
        if (v == null) {
            throw Errors.typeError("%s may not be deleted", what);
        }
        if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
            throw Errors.typeError("exception %s must be None or derive from BaseException",
                    what.equals("__cause__") ? "cause" : "context");
        }
        return v;
    }

    static void defineBaseException(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyType target = cls;
            if (cls == ExceptionTypes.OSError) {
                PyType sub = PyOSError.subclassForErrno(args);
                if (sub != null) {
                    target = sub;
                }
            }
            PyBaseException e = ExceptionTypes.instantiate(target);
            e.setArgs(PyTuple.of(args.clone()));
            return e;
        });
        t.defV("__init__", (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("%s() takes no keyword arguments", self.type().name());
            }
            ex(self).init(args);
            return PyNone.NONE;
        });
        t.def0("__str__", self -> PyStr.of(ex(self).strValue()));
        t.def0("__repr__", self -> PyStr.of(ex(self).reprValue()));
        t.defGetSet("args", self -> ex(self).args(), (self, v) -> {
            if (v == null) {
                throw Errors.typeError("args may not be deleted");
            }
            ex(self).setArgs(PyTuple.fromIterable(v));
            return PyNone.NONE;
        });
        t.defGetSet("__cause__", self -> PyBaseException.orNone(ex(self).cause()), (self, v) -> {
            ex(self).setCause(checkExceptionOrNone(v, "__cause__"));
            return PyNone.NONE;
        });
        t.defGetSet("__context__", self -> PyBaseException.orNone(ex(self).context()), (self, v) -> {
            ex(self).setContext(checkExceptionOrNone(v, "__context__"));
            return PyNone.NONE;
        });
        t.defGetSet("__suppress_context__", self -> PyBool.of(ex(self).suppressContext()), (self, v) -> {
            ex(self).setSuppressContext(v != null && Ops.isTrue(v));
            return PyNone.NONE;
        });
        t.defGetSet("__traceback__", self -> Traceback.of(ex(self)), (self, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof Traceback)) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            ex(self).setTraceback(v);
            return PyNone.NONE;
        });
        t.def1("with_traceback", (self, tb) -> {
            if (tb != PyNone.NONE && !(tb instanceof Traceback)) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            ex(self).setTraceback(tb);
            return self;
        });
        t.def1("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '%s'", note.type().name());
            }
            PyStr key = PyStr.intern("__notes__");
            PyObject notes = ex(self).instanceDict().getItemOrNull(key);
            if (notes == null) {
                notes = new PyList();
                ex(self).instanceDict().setItem(key, notes);
            }
            if (!(notes instanceof PyList l)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            l.append(note);
            return PyNone.NONE;
        });
    }

    static void defineStopIteration(PyType t) {
        t.defGetSet("value", self -> ((PyStopIteration) self).value(), (self, v) -> {
            ((PyStopIteration) self).setValue(v == null ? PyNone.NONE : v);
            return PyNone.NONE;
        });
    }

    static void defineSystemExit(PyType t) {
        t.defGetSet("code", self -> ((PySystemExit) self).code(), (self, v) -> {
            ((PySystemExit) self).setCode(v == null ? PyNone.NONE : v);
            return PyNone.NONE;
        });
    }

    static void defineNameError(PyType t) {
        t.defGetSet("name", self -> ((PyNameError) self).name(), (self, v) -> {
            ((PyNameError) self).setName(v);
            return PyNone.NONE;
        });
    }

    static void defineAttributeError(PyType t) {
        t.defGetSet("name", self -> ((PyAttributeError) self).name(), (self, v) -> {
            ((PyAttributeError) self).setName(v);
            return PyNone.NONE;
        });
        t.defGetSet("obj", self -> ((PyAttributeError) self).obj(), (self, v) -> {
            ((PyAttributeError) self).setObj(v);
            return PyNone.NONE;
        });
    }

    static void defineImportError(PyType t) {
        t.defV("__init__", (self, args, kw) -> {
            PyImportError e = (PyImportError) self;
            e.init(args);
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            PyObject[] pos = new PyObject[npos];
            System.arraycopy(args, 0, pos, 0, npos);
            e.init(pos);
            for (int i = 0; i < nkw; i++) {
                PyObject v = args[npos + i];
                switch (kw[i]) {
                    case "name" -> e.setName(v);
                    case "path" -> e.setPath(v);
                    case "name_from" -> e.setNameFrom(v);
                    default -> throw Errors.typeError("'%s' is an invalid keyword argument for %s()", kw[i],
                            self.type().name());
                }
            }
            return PyNone.NONE;
        });
        t.defGetSet("msg", self -> ((PyImportError) self).msg(), (self, v) -> {
            ((PyImportError) self).setMsg(v);
            return PyNone.NONE;
        });
        t.defGetSet("name", self -> ((PyImportError) self).name(), (self, v) -> {
            ((PyImportError) self).setName(v);
            return PyNone.NONE;
        });
        t.defGetSet("path", self -> ((PyImportError) self).path(), (self, v) -> {
            ((PyImportError) self).setPath(v);
            return PyNone.NONE;
        });
        t.defGetSet("name_from", self -> ((PyImportError) self).nameFrom(), (self, v) -> {
            ((PyImportError) self).setNameFrom(v);
            return PyNone.NONE;
        });
    }

    static void defineOSError(PyType t) {
        t.defGetSet("errno", self -> ((PyOSError) self).errno(), (self, v) -> {
            ((PyOSError) self).setErrno(v);
            return PyNone.NONE;
        });
        t.defGetSet("strerror", self -> ((PyOSError) self).strerror(), (self, v) -> {
            ((PyOSError) self).setStrerror(v);
            return PyNone.NONE;
        });
        t.defGetSet("filename", self -> ((PyOSError) self).filename(), (self, v) -> {
            ((PyOSError) self).setFilename(v);
            return PyNone.NONE;
        });
        t.defGetSet("filename2", self -> ((PyOSError) self).filename2(), (self, v) -> {
            ((PyOSError) self).setFilename2(v);
            return PyNone.NONE;
        });
        t.defGetSet("characters_written", self -> ((PyOSError) self).charactersWritten(), (self, v) -> {
            ((PyOSError) self).setCharactersWritten(v);
            return PyNone.NONE;
        });
    }

    static void defineSyntaxError(PyType t) {
        String[] names = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                "print_file_and_line"};
        for (int i = 0; i < names.length; i++) {
            final int k = i;
            t.defGetSet(names[i], self -> PySyntaxError.none(field((PySyntaxError) self, k)), (self, v) -> {
                setField((PySyntaxError) self, k, v);
                return PyNone.NONE;
            });
        }
    }

    private static PyObject field(PySyntaxError e, int k) {
        return switch (k) {
            case 0 -> e.msg;
            case 1 -> e.filename;
            case 2 -> e.lineno;
            case 3 -> e.offset;
            case 4 -> e.text;
            case 5 -> e.endLineno;
            case 6 -> e.endOffset;
            default -> e.printFileAndLine;
        };
    }

    private static void setField(PySyntaxError e, int k, PyObject v) {
        switch (k) {
            case 0 -> e.msg = v;
            case 1 -> e.filename = v;
            case 2 -> e.lineno = v;
            case 3 -> e.offset = v;
            case 4 -> e.text = v;
            case 5 -> e.endLineno = v;
            case 6 -> e.endOffset = v;
            default -> e.printFileAndLine = v;
        }
    }

    static void defineUnicodeError(PyType t) {
        t.defGetSet("encoding", self -> PySyntaxError.none(((PyUnicodeError) self).encoding), (self, v) -> {
            ((PyUnicodeError) self).encoding = v;
            return PyNone.NONE;
        });
        t.defGetSet("object", self -> PySyntaxError.none(((PyUnicodeError) self).object), (self, v) -> {
            ((PyUnicodeError) self).object = v;
            return PyNone.NONE;
        });
        t.defGetSet("start", self -> PySyntaxError.none(((PyUnicodeError) self).start), (self, v) -> {
            ((PyUnicodeError) self).start = v;
            return PyNone.NONE;
        });
        t.defGetSet("end", self -> PySyntaxError.none(((PyUnicodeError) self).end), (self, v) -> {
            ((PyUnicodeError) self).end = v;
            return PyNone.NONE;
        });
        t.defGetSet("reason", self -> PySyntaxError.none(((PyUnicodeError) self).reason), (self, v) -> {
            ((PyUnicodeError) self).reason = v;
            return PyNone.NONE;
        });
    }

    // ---- exception groups ----

    static void defineExceptionGroup(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("%s() takes no keyword arguments", cls.name());
            }
            if (args.length != 2) {
                throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", args.length);
            }
            if (!(args[0] instanceof PyStr msg)) {
                throw Errors.typeError("argument 1 must be str, not %s", args[0].type().name());
            }
            if (!Protocols.isSequence(args[1])) {
                throw Errors.typeError("second argument (exceptions) must be a sequence");
            }
            PyTuple excs = PyTuple.fromIterable(args[1]);
            if (excs.size() == 0) {
                throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            boolean allExceptions = true;
            for (int i = 0; i < excs.size(); i++) {
                PyObject e = excs.get(i);
                if (!(e instanceof PyBaseException)) {
                    throw Errors.valueError("Item %d of second argument (exceptions) is not an exception", i);
                }
                allExceptions &= e.type().isSubtypeOf(ExceptionTypes.Exception);
            }
            PyType target = cls;
            if (cls == ExceptionTypes.BaseExceptionGroup) {
                if (allExceptions) {
                    target = ExceptionTypes.ExceptionGroup;
                }
            } else if (cls == ExceptionTypes.ExceptionGroup) {
                if (!allExceptions) {
                    throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
                }
            } else if (!allExceptions && cls.isSubtypeOf(ExceptionTypes.Exception)) {
                throw Errors.typeError("Cannot nest BaseExceptions in '%s'", cls.name());
            }
            PyBaseExceptionGroup g = (PyBaseExceptionGroup) ExceptionTypes.instantiate(target);
            g.setArgs(PyTuple.of(msg, args[1]));
            g.setParts(msg, excs);
            return g;
        });
        t.defV("__init__", (self, args, kw) -> PyNone.NONE);
        t.defGetSet("message", self -> ((PyBaseExceptionGroup) self).message(), null);
        t.defGetSet("exceptions", self -> ((PyBaseExceptionGroup) self).exceptions(), null);
        t.def0("__str__", self -> PyStr.of(((PyBaseExceptionGroup) self).strValue()));
        t.def0("__repr__", self -> {
            PyBaseExceptionGroup g = (PyBaseExceptionGroup) self;
            // CPython 3.13 shows the sequence the group was created from, as given.
            PyObject given = g.args().size() == 2 ? g.args().get(1) : new PyList(g.exceptions().toArray());
            return PyStr.of(g.type().name() + "(" + Ops.reprString(g.message()) + ", " + Ops.reprString(given) + ")");
        });
        t.def1("derive", (self, excs) -> Calls.call2(ExceptionTypes.BaseExceptionGroup,
                ((PyBaseExceptionGroup) self).message(), excs));
        t.def1("subgroup", (self, cond) -> {
            PyObject[] parts = split((PyBaseExceptionGroup) self, matcher(cond), false);
            return parts[0];
        });
        t.def1("split", (self, cond) -> {
            PyObject[] parts = split((PyBaseExceptionGroup) self, matcher(cond), true);
            return PyTuple.of(parts[0], parts[1]);
        });
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", 2, 2,
                (dev.weft.runtime.call.Fn.F2) (self, cls, item) -> cls)));
    }

    /**
     * {@code group.split(...)[0]} with a Java test of each exception (groups included), as
     * CPython's internal matchers: the matching part of {@code g} (derived, with its
     * metadata), or None.
     */
    static PyObject subgroup(PyBaseExceptionGroup g, java.util.function.Predicate<PyObject> test) {
        return split(g, test::test, false)[0];
    }

    private interface Matcher {
        boolean test(PyObject exc);
    }

    private static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType ty && ty.isSubtypeOf(ExceptionTypes.BaseException)) {
            return e -> e.type().isSubtypeOf(ty);
        }
        if (cond instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (!(tup.get(i) instanceof PyType ty && ty.isSubtypeOf(ExceptionTypes.BaseException))) {
                    throw badMatcher();
                }
            }
            return e -> {
                for (int i = 0; i < tup.size(); i++) {
                    if (e.type().isSubtypeOf((PyType) tup.get(i))) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (Protocols.isCallable(cond) && !(cond instanceof PyType)) {
            return e -> Ops.isTrue(Calls.call1(cond, e));
        }
        throw badMatcher();
    }

    private static PyException badMatcher() {
        return Errors.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    /** Returns {match, rest}; each is None when empty. */
    private static PyObject[] split(PyBaseExceptionGroup g, Matcher m, boolean wantRest) {
        if (m.test(g)) {
            return new PyObject[] {g, PyNone.NONE};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        PyTuple excs = g.exceptions();
        for (int i = 0; i < excs.size(); i++) {
            PyObject e = excs.get(i);
            if (e instanceof PyBaseExceptionGroup sub) {
                PyObject[] parts = split(sub, m, wantRest);
                if (parts[0] != PyNone.NONE) {
                    match.add(parts[0]);
                }
                if (parts[1] != PyNone.NONE) {
                    rest.add(parts[1]);
                }
            } else if (m.test(e)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        PyObject mg = match.isEmpty() ? PyNone.NONE : derive(g, match);
        PyObject rg = !wantRest || rest.isEmpty() ? PyNone.NONE : derive(g, rest);
        return new PyObject[] {mg, rg};
    }

    private static PyObject derive(PyBaseExceptionGroup g, List<PyObject> excs) {
        PyObject d = Ops.callMethod(g, "derive", new PyList(excs.toArray(new PyObject[0])));
        if (!(d instanceof PyBaseExceptionGroup dg)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        dg.setCauseOnly(PyBaseException.orNone(g.cause()));
        dg.setContext(PyBaseException.orNone(g.context()));
        dg.setSuppressContext(g.suppressContext());
        dg.setTraceback(PyBaseException.orNone(g.traceback()));
        PyObject notes = g.instanceDict().getItemOrNull(PyStr.intern("__notes__"));
        if (notes != null) {
            dg.instanceDict().setItem(PyStr.intern("__notes__"), notes);
        }
        return dg;
    }
}

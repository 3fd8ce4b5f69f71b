package dev.weft.runtime.modules.threading;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** The Python types of threads: {@code Thread}, {@code _MainThread}, {@code _DummyThread}, {@code Timer}. */
public final class ThreadTypes {
    private ThreadTypes() { }

    public static final PyType THREAD = ModuleTypes.type("threading", "Thread", PyThread.class, null, true,
            ThreadTypes::defineThread);
    static final PyType MAIN_THREAD = ModuleTypes.type("threading", "_MainThread", PyThread.class, THREAD, false,
            t -> { });
    static final PyType DUMMY_THREAD = ModuleTypes.type("threading", "_DummyThread", PyThread.class, THREAD, false,
            t -> { });
    public static final PyType TIMER = ModuleTypes.type("threading", "Timer", PyThread.class, THREAD, true,
            ThreadTypes::defineTimer);

    private static final String[] INIT_NAMES = {"group", "target", "name", "args", "kwargs", "*daemon"};
    private static final String[] TIMER_NAMES = {"interval", "function", "args", "kwargs"};

    static PyThread self(PyObject o) {
        return (PyThread) o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyObject nullIfNone(PyObject o) {
        return o == null || o == PyNone.NONE ? null : o;
    }

    private static void defineThread(PyType t) {
        t.def("__doc__", PyStr.of("A class that represents a thread of control.\n\n"
                + "Runs on a JVM platform thread; Python threads in Weft run in parallel (there is no GIL)."));
        t.defNew((cls, args, kw) -> new PyThread(cls));
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("Thread.__init__", args, kw, INIT_NAMES, 0);
            if (nullIfNone(a[0]) != null) {
                throw Errors.make(ExceptionTypes.AssertionError, "group argument must be None for now");
            }
            String name = nullIfNone(a[2]) == null ? null : Ops.strString(a[2]);
            PyObject targs = a[3] == null ? PyTuple.EMPTY : a[3];
            PyObject tkw = nullIfNone(a[4]) == null ? new PyDict() : a[4];
            self(s).init(nullIfNone(a[1]), name, targs, tkw, nullIfNone(a[5]));
            return PyNone.NONE;
        });
        t.def0("start", s -> {
            self(s).start();
            return PyNone.NONE;
        });
        t.def0("run", s -> {
            self(s).runTarget();
            return PyNone.NONE;
        });
        t.defV("join", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("join", args, kw, new String[] {"timeout"}, 0);
            self(s).join(Timeouts.optionalNanos(a[0]));
            return PyNone.NONE;
        });
        t.def0("is_alive", s -> PyBool.of(self(s).isInitialized() && self(s).isAlive()));
        t.defGetSet("name", s -> PyStr.of(self(s).name()), (s, v) -> {
            self(s).setName(Ops.strString(v));
            return PyNone.NONE;
        });
        t.def0("getName", s -> PyStr.of(self(s).name()));
        t.def1("setName", (s, v) -> {
            self(s).setName(Ops.strString(v));
            return PyNone.NONE;
        });
        t.defGetSet("daemon", s -> {
            self(s).checkInit("Thread.__init__() not called");
            return PyBool.of(self(s).isDaemon());
        }, (s, v) -> {
            self(s).setDaemon(Ops.isTrue(v));
            return PyNone.NONE;
        });
        t.def0("isDaemon", s -> PyBool.of(self(s).isDaemon()));
        t.def1("setDaemon", (s, v) -> {
            self(s).setDaemon(Ops.isTrue(v));
            return PyNone.NONE;
        });
        t.defGetSet("ident", s -> self(s).hasIdent() ? PyInt.of(self(s).ident()) : PyNone.NONE, null);
        t.defGetSet("native_id", s -> self(s).hasNativeId() ? PyInt.of(self(s).nativeId()) : PyNone.NONE, null);
        t.defGetSet("_target", s -> hidden(s, self(s).target(), "_target"), (s, v) -> {
            self(s).setTarget(v);
            return PyNone.NONE;
        });
        t.defGetSet("_args", s -> hidden(s, self(s).args(), "_args"), (s, v) -> {
            self(s).setArgs(v);
            return PyNone.NONE;
        });
        t.defGetSet("_kwargs", s -> hidden(s, self(s).kwargs(), "_kwargs"), (s, v) -> {
            self(s).setKwargs(v);
            return PyNone.NONE;
        });
        t.def0("__repr__", s -> PyStr.of(self(s).reprText()));
    }

    /** {@code _target}/{@code _args}/{@code _kwargs}: None before use as CPython stores them, gone after run(). */
    private static PyObject hidden(PyObject s, PyObject v, String name) {
        if (v == null) {
            if (self(s).isInitialized() && !self(s).isStarted() && name.equals("_target")) {
                return PyNone.NONE;
            }
            throw Errors.noAttribute(s, name);
        }
        return v;
    }

    private static void defineTimer(PyType t) {
        t.def("__doc__", PyStr.of("Call a function after a specified number of seconds:\n\n"
                + "t = Timer(30.0, f, args=None, kwargs=None)\nt.start()\nt.cancel()     "
                + "# stop the timer's action if it's still waiting\n"));
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("Timer.__init__", args, kw, TIMER_NAMES, 2);
            self(s).init(null, null, PyTuple.EMPTY, new PyDict(), null);
            PyDict d = self(s).instanceDict();
            d.setItem(PyStr.intern("interval"), a[0]);
            d.setItem(PyStr.intern("function"), a[1]);
            d.setItem(PyStr.intern("args"), nullIfNone(a[2]) == null ? new dev.weft.runtime.types.PyList() : a[2]);
            d.setItem(PyStr.intern("kwargs"), nullIfNone(a[3]) == null ? new PyDict() : a[3]);
            d.setItem(PyStr.intern("finished"), new PyEvent(PyEvent.TYPE));
            return PyNone.NONE;
        });
        t.def0("cancel", s -> {
            Ops.callMethod(Attr.getAttr(s, "finished"), "set");
            return PyNone.NONE;
        });
        t.def0("run", s -> {
            PyObject finished = Attr.getAttr(s, "finished");
            Ops.callMethod(finished, "wait", Attr.getAttr(s, "interval"));
            if (!Ops.isTrue(Ops.callMethod(finished, "is_set"))) {
                PyObject kwargs = Attr.getAttr(s, "kwargs");
                Calls.callEx(Attr.getAttr(s, "function"), Attr.getAttr(s, "args"), kwargs);
            }
            Ops.callMethod(finished, "set");
            return PyNone.NONE;
        });
    }
}

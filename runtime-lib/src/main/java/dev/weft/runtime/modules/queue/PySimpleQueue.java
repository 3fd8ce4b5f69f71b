package dev.weft.runtime.modules.queue;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** {@code queue.SimpleQueue} ({@code _queue.SimpleQueue}): an unbounded FIFO on {@link LinkedBlockingQueue}. */
public final class PySimpleQueue extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("_queue", "SimpleQueue", PySimpleQueue.class, null, true,
            PySimpleQueue::define);

    private final LinkedBlockingQueue<PyObject> items = new LinkedBlockingQueue<>();

    private PySimpleQueue(PyType type) {
        super(type);
    }

    public PyObject get(boolean block, PyObject timeout) {
        if (!block) {
            PyObject o = items.poll();
            if (o == null) {
                throw PyQueue.raise(QueueModule.EMPTY);
            }
            return o;
        }
        try {
            if (timeout == null || timeout == PyNone.NONE) {
                return items.take();
            }
            double s = Timeouts.seconds(timeout);
            if (s < 0) {
                throw Errors.valueError("'timeout' must be a non-negative number");
            }
            PyObject o = items.poll(Timeouts.toNanos(s), TimeUnit.NANOSECONDS);
            if (o == null) {
                throw PyQueue.raise(QueueModule.EMPTY);
            }
            return o;
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        }
    }

    private static PySimpleQueue self(PyObject o) {
        return (PySimpleQueue) o;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length > 0 || kw != null && kw.length > 0) {
                throw Errors.typeError("SimpleQueue() takes no arguments");
            }
            return new PySimpleQueue(cls);
        });
        t.def("__class_getitem__", ModuleTypes.classGetItem());
        t.defV("put", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("put", args, kw, new String[] {"item", "block", "timeout"}, 1);
            self(s).items.add(a[0]);
            return PyNone.NONE;
        });
        t.def1("put_nowait", (s, item) -> {
            self(s).items.add(item);
            return PyNone.NONE;
        });
        t.defV("get", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("get", args, kw, new String[] {"block", "timeout"}, 0);
            return self(s).get(a[0] == null || Ops.isTrue(a[0]), a[1]);
        });
        t.def0("get_nowait", s -> self(s).get(false, null));
        t.def0("empty", s -> PyBool.of(self(s).items.isEmpty()));
        t.def0("qsize", s -> PyInt.of(self(s).items.size()));
    }
}

package dev.weft.runtime.modules.queue;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code queue.Queue}, {@code LifoQueue} and {@code PriorityQueue}, with CPython's algorithm
 * (one mutex, conditions not_empty / not_full / all_tasks_done) on a {@link ReentrantLock}.
 * A Python subclass may add methods and attributes; one that overrides the storage hooks
 * ({@code _init}, {@code _qsize}, {@code _put}, {@code _get}) is refused with NotImplementedError.
 */
public final class PyQueue extends DerivedObject {
    enum Order { FIFO, LIFO, PRIORITY }

    public static final PyType FIFO = ModuleTypes.type("queue", "Queue", PyQueue.class, null, true,
            t -> define(t, Order.FIFO));
    public static final PyType LIFO = ModuleTypes.type("queue", "LifoQueue", PyQueue.class, FIFO, true,
            t -> define(t, Order.LIFO));
    public static final PyType PRIORITY = ModuleTypes.type("queue", "PriorityQueue", PyQueue.class, FIFO, true,
            t -> define(t, Order.PRIORITY));

    private final Order order;
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition notEmpty = mutex.newCondition();
    private final Condition notFull = mutex.newCondition();
    private final Condition allTasksDone = mutex.newCondition();
    private final ArrayDeque<PyObject> deque = new ArrayDeque<>();
    private final ArrayList<PyObject> heap = new ArrayList<>();
    private long maxsize;
    private long unfinishedTasks;
    private boolean isShutdown;

    private PyQueue(PyType type) {
        super(type);
        Order o = Order.FIFO;
        if (type.isSubtypeOf(PRIORITY)) {
            o = Order.PRIORITY;
        } else if (type.isSubtypeOf(LIFO)) {
            o = Order.LIFO;
        }
        this.order = o;
    }

    // ---- storage (called with the mutex held) ----

    private int size() {
        return order == Order.PRIORITY ? heap.size() : deque.size();
    }

    private void store(PyObject item) {
        switch (order) {
            case FIFO -> deque.addLast(item);
            case LIFO -> deque.addFirst(item);
            case PRIORITY -> Heap.push(heap, item);
        }
    }

    private PyObject take() {
        return order == Order.PRIORITY ? Heap.pop(heap) : deque.pollFirst();
    }

    // ---- operations ----

    public void put(PyObject item, boolean block, PyObject timeout) {
        mutex.lock();
        try {
            if (isShutdown) {
                throw raise(QueueModule.SHUT_DOWN);
            }
            if (maxsize > 0) {
                if (!block) {
                    if (size() >= maxsize) {
                        throw raise(QueueModule.FULL);
                    }
                } else {
                    long deadline = deadline(timeout);
                    while (size() >= maxsize) {
                        if (!await(notFull, deadline)) {
                            throw raise(QueueModule.FULL);
                        }
                        if (isShutdown) {
                            throw raise(QueueModule.SHUT_DOWN);
                        }
                    }
                }
            }
            store(item);
            unfinishedTasks++;
            notEmpty.signal();
        } finally {
            mutex.unlock();
        }
    }

    public PyObject get(boolean block, PyObject timeout) {
        mutex.lock();
        try {
            if (isShutdown && size() == 0) {
                throw raise(QueueModule.SHUT_DOWN);
            }
            if (!block) {
                if (size() == 0) {
                    throw raise(QueueModule.EMPTY);
                }
            } else {
                long deadline = deadline(timeout);
                while (size() == 0) {
                    if (!await(notEmpty, deadline)) {
                        throw raise(QueueModule.EMPTY);
                    }
                    if (isShutdown && size() == 0) {
                        throw raise(QueueModule.SHUT_DOWN);
                    }
                }
            }
            PyObject item = take();
            notFull.signal();
            return item;
        } finally {
            mutex.unlock();
        }
    }

    public void taskDone() {
        mutex.lock();
        try {
            long unfinished = unfinishedTasks - 1;
            if (unfinished <= 0) {
                if (unfinished < 0) {
                    throw Errors.valueError("task_done() called too many times");
                }
                allTasksDone.signalAll();
            }
            unfinishedTasks = unfinished;
        } finally {
            mutex.unlock();
        }
    }

    public void join() {
        mutex.lock();
        try {
            while (unfinishedTasks != 0) {
                allTasksDone.await();
            }
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        } finally {
            mutex.unlock();
        }
    }

    public void shutdown(boolean immediate) {
        mutex.lock();
        try {
            isShutdown = true;
            if (immediate) {
                while (size() > 0) {
                    take();
                    if (unfinishedTasks > 0) {
                        unfinishedTasks--;
                    }
                }
                allTasksDone.signalAll();
            }
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            mutex.unlock();
        }
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        mutex.lock();
        try {
            return read.get();
        } finally {
            mutex.unlock();
        }
    }

    /** The deadline of a blocking call: None waits forever; a negative timeout is an error. */
    private static long deadline(PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) {
            return Long.MAX_VALUE;
        }
        double s = Timeouts.seconds(timeout);
        if (s < 0) {
            throw Errors.valueError("'timeout' must be a non-negative number");
        }
        return Timeouts.deadline(Timeouts.toNanos(s));
    }

    private static boolean await(Condition c, long deadline) {
        try {
            if (deadline == Long.MAX_VALUE) {
                c.await();
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            c.await(left, TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        }
    }

    static PyException raise(PyType type) {
        return new PyException(ExceptionTypes.create(type));
    }

    private static PyQueue self(PyObject o) {
        return (PyQueue) o;
    }

    private static void define(PyType t, Order order) {
        if (order != Order.FIFO) {
            return; // LifoQueue and PriorityQueue inherit every method; the order comes from the type
        }
        t.defNew((cls, args, kw) -> {
            for (String hook : new String[] {"_init", "_qsize", "_put", "_get"}) {
                if (cls.lookup(hook) != null) {
                    throw Errors.notImplemented("%s overrides %s: subclasses of queue.%s that replace its storage "
                            + "(_init, _qsize, _put, _get) are not supported by weft", cls.name(), hook, t.name());
                }
            }
            return new PyQueue(cls);
        });
        t.def("__class_getitem__", ModuleTypes.classGetItem());
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("Queue.__init__", args, kw, new String[] {"maxsize"}, 0);
            long max = a[0] == null ? 0 : Protocols.indexValue(a[0], "int");
            self(s).mutex.lock();
            try {
                self(s).maxsize = max;
            } finally {
                self(s).mutex.unlock();
            }
            return PyNone.NONE;
        });
        t.defGetSet("maxsize", s -> PyInt.of(self(s).locked(() -> self(s).maxsize)), (s, v) -> {
            long max = Protocols.indexValue(v, "int");
            self(s).locked(() -> self(s).maxsize = max);
            return PyNone.NONE;
        });
        t.defGetSet("unfinished_tasks", s -> PyInt.of(self(s).locked(() -> self(s).unfinishedTasks)), null);
        t.defGetSet("is_shutdown", s -> PyBool.of(self(s).locked(() -> self(s).isShutdown)), null);
        t.defV("put", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("put", args, kw, new String[] {"item", "block", "timeout"}, 1);
            self(s).put(a[0], a[1] == null || Ops.isTrue(a[1]), a[2]);
            return PyNone.NONE;
        });
        t.def1("put_nowait", (s, item) -> {
            self(s).put(item, false, null);
            return PyNone.NONE;
        });
        t.defV("get", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("get", args, kw, new String[] {"block", "timeout"}, 0);
            return self(s).get(a[0] == null || Ops.isTrue(a[0]), a[1]);
        });
        t.def0("get_nowait", s -> self(s).get(false, null));
        t.def0("task_done", s -> {
            self(s).taskDone();
            return PyNone.NONE;
        });
        t.def0("join", s -> {
            self(s).join();
            return PyNone.NONE;
        });
        t.defV("shutdown", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("shutdown", args, kw, new String[] {"immediate"}, 0);
            self(s).shutdown(a[0] != null && Ops.isTrue(a[0]));
            return PyNone.NONE;
        });
        t.def0("qsize", s -> PyInt.of(self(s).locked(() -> self(s).size())));
        t.def0("empty", s -> PyBool.of(self(s).locked(() -> self(s).size() == 0)));
        t.def0("full", s -> PyBool.of(self(s).locked(() -> self(s).maxsize > 0 && self(s).maxsize <= self(s).size())));
    }
}

package dev.weft.runtime.modules.queue;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleTypes;

/** {@code queue}: synchronised queues for threads. */
public final class QueueModule {
    private QueueModule() { }

    public static final PyType EMPTY = ModuleTypes.exceptionClass("_queue", "Empty", ExceptionTypes.Exception);
    public static final PyType FULL = ModuleTypes.exceptionClass("queue", "Full", ExceptionTypes.Exception);
    public static final PyType SHUT_DOWN = ModuleTypes.exceptionClass("queue", "ShutDown", ExceptionTypes.Exception);

    /** {@code _queue}: the C part of {@code queue} (SimpleQueue and Empty), the same objects. */
    public static PyModule createCore() {
        PyModule m = ModuleTypes.module("_queue", "C implementation of the Python queue module.\n"
                + "This module is an implementation detail, please do not use it directly.");
        m.put("Empty", EMPTY);
        m.put("SimpleQueue", PySimpleQueue.TYPE);
        return m;
    }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("queue", "A multi-producer, multi-consumer queue.");
        m.put("Empty", EMPTY);
        m.put("Full", FULL);
        m.put("ShutDown", SHUT_DOWN);
        m.put("Queue", PyQueue.FIFO);
        m.put("LifoQueue", PyQueue.LIFO);
        m.put("PriorityQueue", PyQueue.PRIORITY);
        m.put("SimpleQueue", PySimpleQueue.TYPE);
        ModuleTypes.all(m, "Empty", "Full", "ShutDown", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue");
        return m;
    }
}

package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** Python-level methods of generator and coroutine objects. */
final class GeneratorMethods {
    private GeneratorMethods() { }

    private static PyGenerator g(PyObject o) {
        return (PyGenerator) o;
    }

    private static void common(PyType t, String prefix) {
        t.def1("send", (self, v) -> g(self).send(v));
        t.def3("throw", 1, (self, typ, val, tb) -> g(self).throwIn(PyGenerator.toThrow(typ, val, tb)));
        t.def0("close", self -> {
            g(self).close();
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> PyStr.of(g(self).reprString()));
        t.defGetSet("__name__", self -> PyStr.of(g(self).name()), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("__name__ must be set to a string object");
            }
            g(self).setName(s.value());
            return PyNone.NONE;
        });
        t.defGetSet("__qualname__", self -> PyStr.of(g(self).qualname()), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("__qualname__ must be set to a string object");
            }
            g(self).setQualname(s.value());
            return PyNone.NONE;
        });
        t.defGetSet(prefix + "_running", self -> PyBool.of(g(self).isRunning()), null);
        t.defGetSet(prefix + "_suspended", self -> PyBool.of(g(self).isSuspended()), null);
        t.defGetSet(prefix + "_frame", self -> g(self).frameObject(), null);
        t.defGetSet(prefix + (prefix.equals("gi") ? "_yieldfrom" : "_await"), self -> {
            PyObject y = g(self).yieldFrom();
            return y == null ? PyNone.NONE : y;
        }, null);
    }

    static void defineGenerator(PyType t) {
        common(t, "gi");
        t.def0("__iter__", self -> self);
        t.def0("__next__", self -> g(self).send(PyNone.NONE));
    }

    static void defineAsyncGenerator(PyType t) {
        t.def0("__aiter__", self -> self);
        t.def0("__anext__", self -> AsyncGenStep.send(g(self), PyNone.NONE));
        t.def1("asend", (self, v) -> AsyncGenStep.send(g(self), v));
        t.def3("athrow", 1, (self, typ, val, tb) -> AsyncGenStep.throwIn(g(self), PyGenerator.toThrow(typ, val, tb), false));
        t.def0("aclose", self -> AsyncGenStep.throwIn(g(self),
                new dev.weft.runtime.exc.PyException(dev.weft.runtime.exc.ExceptionTypes.create(
                        dev.weft.runtime.exc.ExceptionTypes.GeneratorExit), false), true));
        t.def0("__repr__", self -> PyStr.of(g(self).reprString()));
        t.defGetSet("__name__", self -> PyStr.of(g(self).name()), null);
        t.defGetSet("__qualname__", self -> PyStr.of(g(self).qualname()), null);
        t.defGetSet("ag_running", self -> PyBool.of(g(self).isRunning()), null);
        t.defGetSet("ag_frame", self -> g(self).frameObject(), null);
        t.defGetSet("ag_await", self -> {
            PyObject y = g(self).yieldFrom();
            return y == null ? PyNone.NONE : y;
        }, null);
    }

    static void defineCoroutine(PyType t) {
        common(t, "cr");
        t.def0("__await__", self -> new CoroutineWrapper(g(self)));
    }
}

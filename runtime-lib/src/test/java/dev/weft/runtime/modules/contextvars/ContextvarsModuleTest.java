package dev.weft.runtime.modules.contextvars;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.modules.ModuleTesting;
import dev.weft.runtime.types.PyInt;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.jfn;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code _contextvars}: per-thread contexts, copies that do not see later changes, tokens. */
class ContextvarsModuleTest {
    private static final PyObject CV = mod("_contextvars");

    private static PyObject var(String name, PyObject dflt) {
        return ModuleTesting.callKw(attr(CV, "ContextVar"), new PyObject[] {Py.s(name), dflt}, "default");
    }

    @Test
    void aCopiedContextKeepsTheValuesOfWhenItWasCopied() {
        PyObject v = var("v", PyInt.of(0));
        PyObject token = method(v, "set", PyInt.of(1));
        PyObject ctx = call(attr(CV, "copy_context"));
        method(v, "set", PyInt.of(2));
        assertEquals(PyInt.of(1), method(ctx, "get", v));
        assertEquals(PyInt.of(5), method(ctx, "run", jfn("f", a -> {
            method(v, "set", PyInt.of(5));
            return method(v, "get");
        })));
        assertEquals(PyInt.of(2), method(v, "get"));
        assertEquals(PyInt.of(5), method(ctx, "get", v));
        method(v, "reset", token); // back to the value before the first set
        assertEquals(PyInt.of(0), method(v, "get"));
    }

    @Test
    void aTokenResetsOnceAndOnlyInItsContext() {
        PyObject v = var("w", PyInt.of(0));
        PyObject token = method(v, "set", PyInt.of(3));
        method(v, "reset", token);
        assertEquals(PyInt.of(0), method(v, "get"));
        String again = Py.raises(() -> method(v, "reset", token));
        assertTrue(again.startsWith("RuntimeError: <Token used var=<ContextVar name='w' default=0 at 0x")
                && again.endsWith("has already been used once"), again);
        PyObject t2 = method(v, "set", PyInt.of(4));
        String elsewhere = Py.raises(() -> method(call(attr(CV, "Context")), "run", attr(v, "reset"), t2));
        assertTrue(elsewhere.startsWith("ValueError: <Token var=") && elsewhere.endsWith("was created in a different Context"),
                elsewhere);
        PyObject ctx = call(attr(CV, "Context"));
        String reentered = Py.raises(() -> method(ctx, "run", jfn("f", a -> method(ctx, "run", Py.builtin("len"),
                Py.list()))));
        assertTrue(reentered.startsWith("RuntimeError: cannot enter context: <_contextvars.Context object at 0x"),
                reentered);
    }

    @Test
    void eachThreadStartsInAnEmptyContextAndItsSetsStayItsOwn() {
        PyObject req = var("request_id", Py.s("-"));
        method(req, "set", Py.s("main"));
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ModuleTesting.bounded(() -> {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String mine = "req-" + t;
                threads.add(new Thread(() -> {
                    if (!method(req, "get").toString().equals("-")) {
                        errors.add("a new thread saw " + method(req, "get"));
                    }
                    for (int i = 0; i < 200; i++) {
                        method(req, "set", Py.s(mine + "/" + i));
                        String seen = method(req, "get").toString();
                        if (!seen.equals(mine + "/" + i)) {
                            errors.add(mine + " saw " + seen);
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread th : threads) {
                th.join();
            }
        });
        assertEquals(List.of(), new ArrayList<>(errors));
        assertEquals("main", method(req, "get").toString());
    }
}

package dev.weft.runtime.modules.weakref;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.jfn;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code _weakref}: CPython's answers while the referent lives, and after the JVM collects it. */
class WeakrefModuleTest {
    private static final PyObject W = mod("_weakref");
    private static final PyObject C = Py.cls("C", new PyObject[] {PyType.OBJECT}, Py.ns("n", PyInt.of(7)));

    @Test
    void typesCPythonCannotReferToWeaklyRaiseItsTypeError() {
        for (PyObject o : new PyObject[] {PyInt.of(1), Py.s("s"), Py.tuple(), Py.list(), Py.dict(), call(PyType.OBJECT)}) {
            assertEquals("TypeError: cannot create weak reference to '" + o.type().name() + "' object",
                    Py.raises(() -> call(attr(W, "ref"), o)));
        }
        call(attr(W, "ref"), C); // classes, functions, sets and instances of Python classes can be
        call(attr(W, "ref"), new dev.weft.runtime.types.PySet());
        call(attr(W, "ref"), Py.builtin("len"));
    }

    @Test
    void aLiveReferentIsReturnedAndTheBasicRefIsShared() {
        PyObject o = call(C);
        PyObject r = call(attr(W, "ref"), o);
        assertSame(o, call(r));
        assertSame(r, call(attr(W, "ref"), o));
        PyObject withCallback = call(attr(W, "ref"), o, jfn("cb", a -> null));
        assertNotSame(r, withCallback);
        assertEquals(PyInt.of(2), call(attr(W, "getweakrefcount"), o));
        assertEquals(Ops.hash(o), Ops.hash(r));
        assertTrue(Ops.isTrue(Ops.eq(r, withCallback)));
        assertSame(r, attr(o, "__weakref__"));
        assertSame(PyNone.NONE, attr(r, "__callback__"));
        PyObject proxy = call(attr(W, "proxy"), o);
        assertEquals(PyInt.of(7), attr(proxy, "n"));
        assertEquals("TypeError: unhashable type: 'weakref.ProxyType'", Py.raises(() -> Ops.hash(proxy)));
    }

    /** Creates an object only the returned references refer to (no caller local keeps it). */
    private static PyObject[] refsToGarbage(PyList log) {
        PyObject o = call(C);
        PyObject r = call(attr(W, "ref"), o);
        PyObject cb1 = call(attr(W, "ref"), o, jfn("first", a -> {
            log.append(Py.s("first"));
            return null;
        }));
        PyObject cb2 = call(attr(W, "ref"), o, jfn("second", a -> {
            log.append(Py.s("second"));
            return null;
        }));
        PyObject proxy = call(attr(W, "proxy"), o);
        return new PyObject[] {r, cb1, cb2, proxy};
    }

    @Test
    void afterACollectionDeadRefsReturnNoneAndCallbacksRunNewestFirst() {
        PyList log = new PyList();
        PyObject[] refs = refsToGarbage(log);
        for (int attempt = 0; attempt < 5 && call(refs[0]) != PyNone.NONE; attempt++) {
            WeakRefs.collect();
        }
        assertSame(PyNone.NONE, call(refs[0]));
        WeakRefs.processQueue();
        assertEquals("['second', 'first']", Py.repr(log));
        assertSame(PyNone.NONE, attr(refs[1], "__callback__"));
        assertEquals("ReferenceError: weakly-referenced object no longer exists", Py.raises(() -> attr(refs[3], "n")));
        assertTrue(Py.repr(refs[0]).endsWith("; dead>"));
        assertEquals("TypeError: weak object has gone away", Py.raises(() -> Ops.hash(refs[0])));
        assertTrue(!Ops.isTrue(Ops.eq(refs[0], refs[1])), "dead references compare by identity");
    }

    @Test
    void removeDeadWeakrefDeletesOnlyDeadEntries() {
        PyObject live = call(C);
        PyObject d = Py.dict(Py.s("live"), call(attr(W, "ref"), live), Py.s("dead"), refsToGarbage(new PyList())[0]);
        for (int attempt = 0; attempt < 5 && call(method(d, "get", Py.s("dead"))) != PyNone.NONE; attempt++) {
            WeakRefs.collect();
        }
        call(attr(W, "_remove_dead_weakref"), d, Py.s("dead"));
        call(attr(W, "_remove_dead_weakref"), d, Py.s("live"));
        call(attr(W, "_remove_dead_weakref"), d, Py.s("missing"));
        assertEquals("['live']", Py.repr(Py.call(PyList.TYPE, d)));
        assertSame(live, call(method(d, "get", Py.s("live"))));
    }
}

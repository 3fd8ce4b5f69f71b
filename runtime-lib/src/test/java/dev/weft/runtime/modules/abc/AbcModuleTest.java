package dev.weft.runtime.modules.abc;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.TypeMethods;
import dev.weft.runtime.modules.ModuleTesting;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static dev.weft.runtime.modules.ModuleTesting.pyfn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code _abc} driven as Lib/abc.py's ABCMeta drives it. */
class AbcModuleTest {
    private static final PyObject ABC = mod("_abc");

    /** Lib/abc.py's ABCMeta: a type subclass whose hooks call _abc. */
    private static final PyObject META = Py.cls("ABCMeta", new PyObject[] {PyType.TYPE}, Py.ns(
            "register", pyfn("register", a -> call(attr(ABC, "_abc_register"), a[0], a[1]), "cls", "sub"),
            "__instancecheck__", pyfn("__instancecheck__", a -> call(attr(ABC, "_abc_instancecheck"), a[0], a[1]),
                    "cls", "inst"),
            "__subclasscheck__", pyfn("__subclasscheck__", a -> call(attr(ABC, "_abc_subclasscheck"), a[0], a[1]),
                    "cls", "sub")));

    private static final PyObject ABSTRACT = Py.call(Py.cls("Marker", new PyObject[] {PyType.OBJECT},
            Py.ns("__isabstractmethod__", PyBool.TRUE)));

    static PyType abc(String name, PyObject[] bases, Map<String, PyObject> ns) {
        PyType t = (PyType) ClassBuilder.buildClass(namespace -> {
            Calls.callMethod("__setitem__", new PyObject[] {namespace, PyStr.of("__qualname__"), PyStr.of(name)}, null);
            for (Map.Entry<String, PyObject> e : ns.entrySet()) {
                Calls.callMethod("__setitem__", new PyObject[] {namespace, PyStr.of(e.getKey()), e.getValue()}, null);
            }
        }, name, bases, new String[] {"metaclass"}, new PyObject[] {META});
        call(attr(ABC, "_abc_init"), t);
        return t;
    }

    @Test
    void instantiatingAClassWithAbstractMethodsRaisesCPython313Message() {
        PyType base = abc("Base", new PyObject[0], Py.ns("bar", ABSTRACT, "baz", ABSTRACT));
        assertEquals("TypeError: Can't instantiate abstract class Base without an implementation for abstract "
                + "methods 'bar', 'baz'", Py.raises(() -> call(base)));
        PyType half = abc("Half", new PyObject[] {base}, Py.ns("bar", PyInt.ONE));
        assertEquals("TypeError: Can't instantiate abstract class Half without an implementation for abstract "
                + "method 'baz'", Py.raises(() -> call(half)));
        PyType full = abc("Full", new PyObject[] {half}, Py.ns("baz", PyInt.ONE));
        assertSame(full, call(full).type());
        assertEquals("frozenset()", Py.repr(attr(full, "__abstractmethods__")));
    }

    @Test
    void registeringAVirtualSubclassBumpsTheTokenAndInvalidatesNegativeCaches() {
        PyType plugin = abc("Plugin", new PyObject[0], Py.ns());
        PyObject other = Py.cls("Other", new PyObject[] {PyType.OBJECT}, Py.ns());
        assertFalse(TypeMethods.isSubclass(other, plugin)); // now in the negative cache
        long token = ((PyInt) call(attr(ABC, "get_cache_token"))).longValue();
        assertSame(other, Calls.callMethod("register", new PyObject[] {plugin, other}, null));
        assertEquals(token + 1, ((PyInt) call(attr(ABC, "get_cache_token"))).longValue());
        assertTrue(TypeMethods.isSubclass(other, plugin));
        assertTrue(TypeMethods.isInstance(call(other), plugin));
        PyObject sub = Py.cls("SubOther", new PyObject[] {other}, Py.ns());
        assertTrue(TypeMethods.isSubclass(sub, plugin));
        dev.weft.runtime.types.PyTuple dump = (dev.weft.runtime.types.PyTuple) call(attr(ABC, "_get_dump"), plugin);
        // registry {Other}, cache {Other, SubOther}, negative cache emptied by the registration
        assertEquals("(1, 2, 0)", Py.repr(Py.tuple(Py.call("len", dump.get(0)), Py.call("len", dump.get(1)),
                Py.call("len", dump.get(2)))));
    }

    @Test
    void registrationErrorsAreCPythons() {
        PyType plugin = abc("P", new PyObject[0], Py.ns());
        assertEquals("TypeError: Can only register classes", Py.raises(() -> call(attr(ABC, "_abc_register"),
                plugin, PyInt.ONE)));
        PyType child = abc("Child", new PyObject[] {plugin}, Py.ns());
        assertEquals("RuntimeError: Refusing to create an inheritance cycle", Py.raises(
                () -> call(attr(ABC, "_abc_register"), child, plugin)));
        assertEquals("TypeError: issubclass() arg 1 must be a class", Py.raises(
                () -> call(attr(ABC, "_abc_subclasscheck"), plugin, PyInt.ONE)));
    }

    @Test
    void subclassHookDecidesAndMustReturnABoolOrNotImplemented() {
        PyObject hook = new dev.weft.runtime.call.PyClassMethod(pyfn("__subclasshook__",
                a -> PyBool.of(a[1] instanceof PyType t && t.lookup("quack") != null), "cls", "C"));
        PyType duckish = abc("Duckish", new PyObject[0], Py.ns("__subclasshook__", hook));
        PyObject duck = Py.cls("Duck", new PyObject[] {PyType.OBJECT}, Py.ns("quack", PyInt.ONE));
        assertTrue(TypeMethods.isInstance(call(duck), duckish));
        assertFalse(TypeMethods.isSubclass(PyInt.TYPE, duckish));
        PyObject bad = new dev.weft.runtime.call.PyClassMethod(pyfn("__subclasshook__", a -> PyInt.ONE, "cls", "C"));
        PyType badAbc = abc("Bad", new PyObject[0], Py.ns("__subclasshook__", bad));
        assertEquals("AssertionError: __subclasshook__ must return either False, True, or NotImplemented",
                Py.raises(() -> TypeMethods.isSubclass(PyInt.TYPE, badAbc)));
    }

    @Test
    void userClassWithIterIsACollectionsAbcIterableAndMappingAbstractsAreEnforced() {
        PyObject cabc = mod("collections.abc");
        PyObject it = Py.cls("It", new PyObject[] {PyType.OBJECT}, Py.ns("__iter__", pyfn("__iter__",
                a -> Py.call("iter", Py.list()), "self")));
        assertTrue(TypeMethods.isInstance(call(it), attr(cabc, "Iterable")));
        assertFalse(TypeMethods.isInstance(call(it), attr(cabc, "Sized")));
        PyObject bad = Py.cls("BadMap", new PyObject[] {attr(cabc, "Mapping")}, Py.ns());
        assertEquals("TypeError: Can't instantiate abstract class BadMap without an implementation for abstract "
                + "methods '__getitem__', '__iter__', '__len__'", Py.raises(() -> call(bad)));
        PyObject seq = attr(cabc, "Sequence");
        PyObject virtual = Py.cls("Virtual", new PyObject[] {PyType.OBJECT}, Py.ns());
        Calls.callMethod("register", new PyObject[] {seq, virtual}, null);
        assertTrue(TypeMethods.isSubclass(virtual, attr(cabc, "Iterable")));
    }

    @Test
    void concurrentRegistrationsAndChecksStayConsistent() {
        PyType shared = abc("Shared", new PyObject[0], Py.ns());
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ModuleTesting.bounded(() -> {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                threads.add(new Thread(() -> {
                    try {
                        for (int i = 0; i < 50; i++) {
                            PyObject c = Py.cls("C" + id + "_" + i, new PyObject[] {PyType.OBJECT}, Py.ns());
                            PyObject inst = call(c);
                            if (TypeMethods.isInstance(inst, shared)) {
                                throw new AssertionError("unregistered class reported as a subclass");
                            }
                            Calls.callMethod("register", new PyObject[] {shared, c}, null);
                            if (!TypeMethods.isInstance(inst, shared)) {
                                throw new AssertionError("registered class not seen");
                            }
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread th : threads) {
                th.join();
            }
        });
        assertEquals(List.of(), new ArrayList<>(errors));
        assertSame(PyNone.NONE, call(attr(ABC, "_reset_caches"), shared));
    }
}

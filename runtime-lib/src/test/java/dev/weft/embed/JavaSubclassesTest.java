package dev.weft.embed;

import dev.weft.runtime.Py;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Peer generation ({@link JavaSubclasses}, {@link ClassFileBuilder}) through the runtime API
 * alone: classes built with {@code ClassBuilder}, methods as builtin functions.
 */
class JavaSubclassesTest {
    private static PyObject method(String name, PyObject result, AtomicInteger calls) {
        return new PyBuiltinFunction(name, null, (self, args, kw) -> {
            calls.incrementAndGet();
            return result;
        });
    }

    private static PyType subclass(String name, Object... ns) {
        return (PyType) Py.cls(name, new PyObject[] {JavaTypes.typeOf(Gauge.class)}, Py.ns(ns));
    }

    @Test
    void javaCallsOfOverriddenAndAbstractMethodsReachPythonAndTheResultConverts() {
        AtomicInteger calls = new AtomicInteger();
        PyType sub = subclass("Sub", "value", method("value", PyFloat.of(2.5), calls),
                "twice", method("twice", PyInt.of(99), calls));
        PyObject obj = sub.call(new PyObject[] {PyInt.of(10)}, null);
        Gauge g = (Gauge) JavaInterop.unwrap(obj);
        assertEquals("value 2.5 after 11 reads", g.show());
        assertEquals(99L, g.twice(3));
        assertEquals(2, calls.get());
        assertSame(obj, JavaInterop.wrap(g), "the peer leads back to its Python object");
        assertTrue(g.getClass().getName().startsWith("dev.weft.peers.dev.weft.embed.Gauge$$Weft"));
    }

    @Test
    void theJavaMethodThroughTheClassIsTheSuperImplementationNotTheOverride() {
        PyType sub = subclass("Twice", "value", method("value", PyFloat.of(1.0), new AtomicInteger()),
                "twice", method("twice", PyInt.of(99), new AtomicInteger()));
        PyObject obj = sub.call(new PyObject[] {PyInt.of(0)}, null);
        PyObject javaTwice = Attr.getAttr(JavaTypes.typeOf(Gauge.class), "twice");
        assertEquals(PyInt.of(6), javaTwice.call(new PyObject[] {obj, PyInt.of(3)}, null));
        assertEquals(PyInt.of(0), Attr.getAttr(obj, "reads"), "a protected field reads through its accessor");
        Attr.setAttr(obj, "reads", PyInt.of(41));
        assertEquals(42, ((Gauge) JavaInterop.unwrap(obj)).reads + 1);
    }

    @Test
    void classesShareOnePeerClassUnlessTheyDefineCloneOrFinalize() {
        PyType a = subclass("A", "value", method("value", PyFloat.of(1.0), new AtomicInteger()));
        PyType b = subclass("B", "value", method("value", PyFloat.of(2.0), new AtomicInteger()),
                "twice", method("twice", PyInt.of(1), new AtomicInteger()));
        PyType c = subclass("C", "value", method("value", PyFloat.of(2.0), new AtomicInteger()),
                "finalize", method("finalize", PyInt.of(1), new AtomicInteger()));
        assertSame(JavaSubclasses.peerFor(a).peer, JavaSubclasses.peerFor(b).peer);
        assertNotSame(JavaSubclasses.peerFor(a).peer, JavaSubclasses.peerFor(c).peer);
    }

    @Test
    void aMethodSetOnTheClassAfterCreationIsSeenByTheNextJavaCallAndDeletingItRestoresJavas() {
        AtomicInteger calls = new AtomicInteger();
        PyType sub = subclass("Late", "value", method("value", PyFloat.of(1.0), calls));
        Gauge g = (Gauge) JavaInterop.unwrap(sub.call(new PyObject[] {PyInt.of(0)}, null));
        assertEquals(6L, g.twice(3));
        Attr.setAttr(sub, "twice", method("twice", PyInt.of(99), calls));
        assertEquals(99L, g.twice(3));
        Attr.delAttr(sub, "twice");
        assertEquals(6L, g.twice(3));
        assertEquals(1, calls.get());
    }

    @Test
    void overridingAFinalMethodIsATypeErrorAtClassCreation() {
        PyException e = assertThrows(PyException.class,
                () -> subclass("Bad", "fixed", method("fixed", PyInt.of(1), new AtomicInteger())));
        assertTrue(e.toString().contains("cannot override final method fixed of Java class dev.weft.embed.Gauge"),
                e.toString());
    }

    @Test
    void aResultThatDoesNotConvertReachesJavaAsAPythonTypeError() {
        PyType sub = subclass("Wrong", "value", method("value", PyInt.of(1), new AtomicInteger()),
                "twice", method("twice", PyFloat.of(0.5), new AtomicInteger()));
        Gauge g = (Gauge) JavaInterop.unwrap(sub.call(new PyObject[] {PyInt.of(0)}, null));
        PythonException e = assertThrows(PythonException.class, () -> g.twice(1));
        assertEquals("TypeError", e.pythonType());
        assertEquals("Wrong.twice() must return long, not float", e.pythonMessage());
    }
}

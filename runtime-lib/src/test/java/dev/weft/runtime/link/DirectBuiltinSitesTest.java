package dev.weft.runtime.link;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;

import static dev.weft.runtime.Py.i;
import static dev.weft.runtime.Py.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sites linked to a fixed-arity builtin ({@link dev.weft.runtime.call.DirectBuiltin}, one record
 * per arity) pass fewer arguments than the builtin takes as absent, and turn the library's
 * errors into Python exceptions, as the generic call does.
 */
class DirectBuiltinSitesTest {
    private static MethodType siteType(int nargs) {
        return MethodType.methodType(PyObject.class, Collections.nCopies(nargs + 1, PyObject.class));
    }

    private static MethodHandle methodSite(String name, int nargs) throws Throwable {
        return Bootstraps.callMethod(MethodHandles.lookup(), "callmethod", siteType(nargs), name, "")
                .dynamicInvoker();
    }

    private static MethodHandle callSite(int nargs) throws Throwable {
        return Bootstraps.call(MethodHandles.lookup(), "call", siteType(nargs), "").dynamicInvoker();
    }

    private static String run(MethodHandle site, PyObject... args) {
        try {
            return Py.repr((PyObject) site.invokeWithArguments((Object[]) args));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    @Test
    void aThreeArgumentBuiltinMethodCalledWithFewerArgumentsSeesThemAbsent() throws Throwable {
        MethodHandle one = methodSite("startswith", 1);
        MethodHandle two = methodSite("startswith", 2);
        MethodHandle three = methodSite("startswith", 3);
        for (int k = 0; k < 3; k++) { // the first call links, the later ones run the linked target
            assertEquals("True", run(one, s("null,"), s("null")));
            assertEquals("True", run(two, s("[null]"), s("null"), i(1)));
            assertEquals("False", run(three, s("[null]"), s("null"), i(1), i(4)));
        }
    }

    @Test
    void aOneArgumentBuiltinMethodCalledWithNoneAndOne() throws Throwable {
        MethodHandle pop0 = methodSite("pop", 0);
        MethodHandle pop1 = methodSite("pop", 1);
        PyObject list = Py.list(i(1), i(2), i(3));
        assertEquals("3", run(pop0, list));
        assertEquals("1", run(pop1, list, i(0)));
        assertEquals("2", run(pop0, list));
        assertEquals("IndexError: pop from empty list", Py.raises(() -> run(pop0, list)));
    }

    @Test
    void libraryErrorsOfALinkedBuiltinBecomePythonExceptions() throws Throwable {
        MethodHandle site = callSite(2);
        PyObject format = Py.builtin("format");
        assertEquals("'1.50'", run(site, format, Py.f(1.5), s(".2f")));
        assertEquals("ValueError: Unknown format code 'q' for object of type 'float'",
                Py.raises(() -> run(site, format, Py.f(1.5), s("q"))));
        MethodHandle encode = methodSite("encode", 1);
        assertEquals("LookupError: unknown encoding: nope", Py.raises(() -> run(encode, s("x"), s("nope"))));
    }
}

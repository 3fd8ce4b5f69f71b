package dev.weft.runtime.link;

import dev.weft.runtime.Py;
import dev.weft.runtime.call.CompiledBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;

import static dev.weft.runtime.Py.i;
import static dev.weft.runtime.Py.ns;
import static dev.weft.runtime.Py.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Call sites linked by {@link FunctionCallSite} and {@link MethodCallSite} (through
 * {@link CallTargets}) give the generic protocol's results, whatever the site saw first.
 */
class LinkedCallSitesTest {
    private static final PyObject[] NO_BASES = new PyObject[0];

    private static MethodType siteType(int nargs) {
        return MethodType.methodType(PyObject.class, Collections.nCopies(nargs + 1, PyObject.class));
    }

    private static MethodHandle callSite(int nargs) throws Throwable {
        return Bootstraps.call(MethodHandles.lookup(), "call", siteType(nargs), "").dynamicInvoker();
    }

    private static MethodHandle methodSite(String name, int nargs) throws Throwable {
        return Bootstraps.callMethod(MethodHandles.lookup(), "callmethod", siteType(nargs), name, "")
                .dynamicInvoker();
    }

    /** {@code def name(self, x): return (tag, x)}. */
    private static PyFunction tagging(String tag) {
        return Py.fn("m", (fn, frame) -> Py.tuple(s(tag), frame[1]), "self", "x");
    }

    /** A compiled-style body: a direct handle on a static method, as generated classes have. */
    static PyObject addBody(PyFunction fn, PyObject[] frame) {
        return dev.weft.runtime.ops.Ops.add(frame[0], frame[1]);
    }

    @Test
    void aFunctionSiteRunsTheLinkedBodyAndAnyOtherCallee() throws Throwable {
        MethodHandle body = MethodHandles.lookup().findStatic(LinkedCallSitesTest.class, "addBody", CompiledBody.TYPE);
        PyFunction add = Py.fn("add", new CompiledBody(body), "a", "b");
        PyFunction sub = Py.fn("sub", (fn, f) -> dev.weft.runtime.ops.Ops.sub(f[0], f[1]), "a", "b");
        MethodHandle site = callSite(2);
        assertEquals("5", Py.repr((PyObject) site.invoke((PyObject) add, (PyObject) i(2), (PyObject) i(3))));
        assertEquals("7", Py.repr((PyObject) site.invoke((PyObject) add, (PyObject) i(3), (PyObject) i(4))));
        assertEquals("-1", Py.repr((PyObject) site.invoke((PyObject) sub, (PyObject) i(3), (PyObject) i(4))));
        assertEquals("3", Py.repr((PyObject) site.invoke(Py.builtin("max"), (PyObject) i(3), (PyObject) i(2))));
    }

    @Test
    void aBuiltinFunctionSiteFillsOptionalArgumentsAndFallsBackForOtherCallees() throws Throwable {
        MethodHandle site = callSite(1);
        PyObject len = Py.builtin("len");
        assertEquals("3", Py.repr((PyObject) site.invoke(len, (PyObject) Py.list(i(1), i(2), i(3)))));
        assertEquals("\"'7'\"", Py.repr((PyObject) site.invoke(Py.builtin("repr"), (PyObject) s("7"))));
        assertEquals("TypeError: object of type 'int' has no len()", Py.raises(() -> {
            try {
                site.invoke(len, (PyObject) i(1));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        }));
    }

    @Test
    void aBuiltinTypeSiteConstructsAsTypeCallDoesAndFallsBackForOtherCallees() throws Throwable {
        MethodHandle site = callSite(1);
        PyObject str = Py.builtin("str"), intType = Py.builtin("int"), type = Py.builtin("type");
        assertEquals("'12345'", Py.repr((PyObject) site.invoke(str, (PyObject) i(12345))));
        assertEquals("'[1]'", Py.repr((PyObject) site.invoke(str, (PyObject) Py.list(i(1)))));
        assertEquals("42", Py.repr((PyObject) site.invoke(intType, (PyObject) s(" 42 "))));
        assertEquals("ValueError: invalid literal for int() with base 10: 'x'", Py.raises(() -> invoke(site, intType, s("x"))));
        PyObject myStr = Py.cls("MyStr", new PyObject[] {str}, ns());
        PyObject sub = (PyObject) site.invoke(myStr, (PyObject) i(7));
        assertEquals("<class '__main__.MyStr'>", Py.repr(sub.type()), "a subclass takes the generic path");
        assertEquals("<class 'int'>", Py.repr((PyObject) site.invoke(type, (PyObject) i(7))));

        MethodHandle typeSite = callSite(1);
        assertEquals("<class 'str'>", Py.repr((PyObject) typeSite.invoke(type, (PyObject) s("a"))));
        assertEquals("<class 'list'>", Py.repr((PyObject) typeSite.invoke(type, (PyObject) Py.list())));
        assertEquals("'5'", Py.repr((PyObject) typeSite.invoke(str, (PyObject) i(5))), "another callee at a type(x) site");
        MethodHandle typeSite3 = callSite(3);
        PyObject made = (PyObject) typeSite3.invoke(type, (PyObject) s("T"), (PyObject) Py.tuple(), (PyObject) Py.dict());
        assertEquals("<class 'T'>", Py.repr(made), "type(name, bases, ns) still makes a class");
    }

    private static PyObject invoke(MethodHandle site, PyObject f, PyObject a) {
        try {
            return (PyObject) site.invoke(f, a);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    @Test
    void aConstructorSiteBuildsInstancesAndSeesTheClassChange() throws Throwable {
        PyFunction init = Py.fn("__init__", (fn, f) -> {
            Attr.setAttr(f[0], "x", f[1]);
            return PyNone.NONE;
        }, "self", "x");
        PyObject cls = Py.cls("C", NO_BASES, ns("__init__", init));
        MethodHandle site = callSite(1);
        PyObject c = (PyObject) site.invoke(cls, (PyObject) i(4));
        assertEquals("4", Py.repr(Attr.getAttr(c, "x")));
        PyFunction init2 = Py.fn("__init__", (fn, f) -> {
            Attr.setAttr(f[0], "x", s("changed"));
            return PyNone.NONE;
        }, "self", "x");
        Attr.setAttr(cls, "__init__", init2);
        PyObject d = (PyObject) site.invoke(cls, (PyObject) i(5));
        assertEquals("'changed'", Py.repr(Attr.getAttr(d, "x")));
    }

    @Test
    void aMethodSiteSeenWithThreeClassesCallsEachClassesMethod() throws Throwable {
        PyObject a = Py.cls("A", NO_BASES, ns("m", tagging("A")));
        PyObject b = Py.cls("B", NO_BASES, ns("m", tagging("B")));
        PyObject c = Py.cls("C", NO_BASES, ns("m", tagging("C")));
        PyObject[] objs = {Py.call(a), Py.call(b), Py.call(c)};
        MethodHandle site = methodSite("m", 1);
        for (int round = 0; round < 3; round++) {
            for (PyObject o : objs) {
                PyObject r = (PyObject) site.invoke(o, (PyObject) i(round));
                assertEquals("('" + o.type().name() + "', " + round + ")", Py.repr(r));
            }
        }
    }

    @Test
    void aMethodSiteSeesAnInstanceAttributeShadowingTheMethodAndARedefinedMethod() throws Throwable {
        PyObject a = Py.cls("A", NO_BASES, ns("m", tagging("A")));
        PyObject x = Py.call(a);
        PyObject y = Py.call(a);
        MethodHandle site = methodSite("m", 1);
        assertEquals("('A', 1)", Py.repr((PyObject) site.invoke(x, (PyObject) i(1))));
        Attr.setAttr(y, "m", Py.builtin("abs"));
        assertEquals("2", Py.repr((PyObject) site.invoke(y, (PyObject) i(-2))));
        Attr.setAttr(a, "m", tagging("A2"));
        assertEquals("('A2', 3)", Py.repr((PyObject) site.invoke(x, (PyObject) i(3))));
    }

    @Test
    void aBuiltinMethodSiteCallsTheImplementationForItsTypeAndTheProtocolForOthers() throws Throwable {
        MethodHandle get = methodSite("get", 1);
        PyObject d = Py.dict(s("k"), i(1));
        assertEquals("1", Py.repr((PyObject) get.invoke(d, (PyObject) s("k"))));
        assertSame(PyNone.NONE, (PyObject) get.invoke(d, (PyObject) s("missing")));
        PyObject other = Py.cls("G", NO_BASES, ns("get", tagging("G")));
        assertEquals("('G', 'k')", Py.repr((PyObject) get.invoke(Py.call(other), (PyObject) s("k"))));
        MethodHandle append = methodSite("append", 1);
        PyList l = Py.list();
        append.invoke((PyObject) l, (PyObject) i(1));
        append.invoke((PyObject) l, (PyObject) i(2));
        assertEquals("[1, 2]", Py.repr(l));
        MethodHandle upper = methodSite("upper", 0);
        assertEquals("'AB'", Py.repr((PyObject) upper.invoke((PyObject) PyStr.of("ab"))));
    }
}

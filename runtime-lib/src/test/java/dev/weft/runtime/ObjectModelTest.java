package dev.weft.runtime;

import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyProperty;
import dev.weft.runtime.call.PyStaticMethod;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes, attribute lookup, descriptors and special-method dispatch (expected values from CPython 3.13). */
class ObjectModelTest {

    private static final PyObject[] NO_BASES = new PyObject[0];

    private static PyObject empty(String name, PyObject... bases) {
        return cls(name, bases, ns());
    }

    private static PyFunction method(String name, dev.weft.runtime.call.FunctionBody body, String... params) {
        PyFunction f = fn(name, body, params);
        return f;
    }

    @Test
    void binaryOperatorsDispatchToUserMethodsWithReflectionAndSubclassPriority() {
        PyObject a = cls("A", NO_BASES, ns(
                "__add__", method("__add__", (f, x) -> s("A.add"), "self", "o"),
                "__radd__", method("__radd__", (f, x) -> s("A.radd"), "self", "o")));
        PyObject b = cls("B", new PyObject[] {a}, ns(
                "__radd__", method("__radd__", (f, x) -> s("B.radd"), "self", "o")));
        PyObject ai = call(a), bi = call(b);
        assertEquals("'A.add'", repr(Ops.add(ai, i(1))));
        assertEquals("'A.radd'", repr(Ops.add(i(1), ai)));
        assertEquals("'B.radd'", repr(Ops.add(ai, bi)), "a subclass overriding the reflected method goes first");
        PyObject c = empty("C");
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'C'", raises(() -> Ops.add(i(1), call(c))));
        PyObject d = empty("D");
        assertEquals("TypeError: '<' not supported between instances of 'C' and 'D'",
                raises(() -> Ops.lt(call(c), call(d))));
        assertEquals("TypeError: bad operand type for unary -: 'C'", raises(() -> Ops.neg(call(c))));
    }

    @Test
    void binarySiteRunsTheSameProtocolAsOpsAndSeesClassChanges() {
        PyObject a = cls("A", NO_BASES, ns(
                "__add__", method("__add__", (f, x) -> s("A.add"), "self", "o"),
                "__mul__", method("__mul__", (f, x) -> PySingleton.NOT_IMPLEMENTED, "self", "o")));
        PyObject b = cls("B", new PyObject[] {a}, ns(
                "__radd__", method("__radd__", (f, x) -> s("B.radd"), "self", "o")));
        PyObject ai = call(a), bi = call(b);
        dev.weft.runtime.ops.BinarySite add = new dev.weft.runtime.ops.BinarySite(dev.weft.runtime.ops.BinOp.ADD);
        for (int k = 0; k < 2; k++) {
            assertEquals("'A.add'", repr(add.apply(ai, i(1))));
            assertEquals("'B.radd'", repr(add.apply(ai, bi)), "a subclass overriding the reflected method goes first");
            assertEquals("'A.add'", repr(add.apply(ai, ai)));
        }
        dev.weft.runtime.ops.BinarySite mul = new dev.weft.runtime.ops.BinarySite(dev.weft.runtime.ops.BinOp.MUL);
        assertEquals("TypeError: unsupported operand type(s) for *: 'A' and 'int'", raises(() -> mul.apply(ai, i(2))));
        Attr.setAttr(a, "__add__", method("__add__", (f, x) -> s("patched"), "self", "o"));
        assertEquals("'patched'", repr(add.apply(ai, i(1))), "a class change invalidates the cached lookup");
    }

    @Test
    void notImplementedFallsBackToTheReflectedOperand() {
        PyObject a = cls("A", NO_BASES, ns("__mul__", method("__mul__", (f, x) -> PySingleton.NOT_IMPLEMENTED, "self", "o")));
        PyObject b = cls("B", NO_BASES, ns("__rmul__", method("__rmul__", (f, x) -> s("B.rmul"), "self", "o")));
        assertEquals("'B.rmul'", repr(Ops.mul(call(a), call(b))));
        PyObject e = cls("E", NO_BASES, ns("__eq__", method("__eq__", (f, x) -> PyBool.TRUE, "self", "o")));
        assertSame(PyBool.TRUE, Ops.eq(i(5), call(e)), "int.__eq__ returns NotImplemented, E.__eq__ answers");
        assertEquals("TypeError: unhashable type: 'E'", raises(() -> Ops.hash(call(e))));
    }

    @Test
    void specialMethodsAreLookedUpOnTheTypeNotTheInstance() {
        PyObject c = empty("C");
        PyObject obj = call(c);
        Attr.setAttr(obj, "__len__", fn("__len__", (f, a) -> i(3)));
        assertEquals("TypeError: object of type 'C' has no len()", raises(() -> Protocols.len(obj)));
        Attr.setAttr(c, "__len__", method("__len__", (f, a) -> i(7), "self"));
        assertEquals(7, Protocols.len(obj), "setting the method on the class takes effect (type version bumped)");
    }

    @Test
    void typeVersionChangesWhenTheClassOrAnAncestorIsMutated() {
        PyType base = (PyType) empty("Base");
        PyType sub = (PyType) empty("Sub", base);
        int vb = base.version(), vs = sub.version();
        Attr.setAttr(base, "x", i(1));
        assertNotEquals(vb, base.version());
        assertNotEquals(vs, sub.version());
        assertEquals("1", repr(Attr.getAttr(call(sub), "x")));
        Attr.setAttr(base, "x", i(2));
        assertEquals("2", repr(Attr.getAttr(call(sub), "x")), "lookup caches are invalidated");
    }

    @Test
    void dataDescriptorsWinOverTheInstanceDictNonDataDescriptorsLose() {
        PyObject descr = cls("Descr", NO_BASES, ns(
                "__get__", method("__get__", (f, a) -> s("from-descr"), "self", "obj", "owner"),
                "__set__", method("__set__", (f, a) -> PyNone.NONE, "self", "obj", "value")));
        PyObject nonData = cls("NonData", NO_BASES, ns(
                "__get__", method("__get__", (f, a) -> s("from-nondata"), "self", "obj", "owner")));
        PyObject c = cls("C", NO_BASES, ns("d", call(descr), "n", call(nonData)));
        PyObject obj = call(c);
        obj.type();
        ((dev.weft.runtime.core.HasDict) obj).instanceDict().setItem(s("d"), s("inst"));
        ((dev.weft.runtime.core.HasDict) obj).instanceDict().setItem(s("n"), s("inst"));
        assertEquals("'from-descr'", repr(Attr.getAttr(obj, "d")));
        assertEquals("'inst'", repr(Attr.getAttr(obj, "n")));
        assertEquals("'from-nondata'", repr(Attr.getAttr(c, "n")));
    }

    @Test
    void propertyClassmethodStaticmethodAndSuper() {
        PyProperty prop = new PyProperty(fn("x", (f, a) -> i(1), "self"), null, null, null);
        PyObject base = cls("P", NO_BASES, ns(
                "x", prop,
                "make", new PyClassMethod(fn("make", (f, a) -> PyTuple.of(s("made"), a[0]), "cls")),
                "util", new PyStaticMethod(fn("util", (f, a) -> Ops.add(a[0], i(1)), "v")),
                "hello", method("hello", (f, a) -> s("P.hello"), "self")));
        PyObject[] subRef = new PyObject[1];
        PyObject sub = cls("Q", new PyObject[] {base}, ns(
                "hello", method("hello", (f, a) -> Ops.add(s("Q+"), Ops.callMethod(PySuper.of(subRef[0], a[0]), "hello")), "self")));
        subRef[0] = sub;
        PyObject q = call(sub);
        assertEquals("1", repr(Attr.getAttr(q, "x")));
        assertEquals("AttributeError: property 'x' of 'Q' object has no setter", raises(() -> Attr.setAttr(q, "x", i(2))));
        assertEquals("AttributeError: property 'x' of 'Q' object has no deleter", raises(() -> Attr.delAttr(q, "x")));
        assertEquals("('made', <class '__main__.Q'>)", repr(Ops.callMethod(q, "make")));
        assertEquals("42", repr(Ops.callMethod(sub, "util", i(41))));
        assertEquals("'Q+P.hello'", repr(Ops.callMethod(q, "hello")));
    }

    @Test
    void getattrIsTheFallbackGetattributeTheOverride() {
        PyObject c = cls("C", NO_BASES, ns("__getattr__", method("__getattr__", (f, a) -> Ops.add(s("missing:"), a[1]), "self", "n")));
        PyObject obj = call(c);
        Attr.setAttr(obj, "real", i(1));
        assertEquals("1", repr(Attr.getAttr(obj, "real")));
        assertEquals("'missing:zz'", repr(Attr.getAttr(obj, "zz")));
        PyObject g = cls("G", NO_BASES, ns("__getattribute__", method("__getattribute__", (f, a) -> s("always"), "self", "n")));
        assertEquals("'always'", repr(Attr.getAttr(call(g), "anything")));
    }

    @Test
    void slotsRestrictAttributes() {
        PyObject c = cls("C", NO_BASES, ns("__slots__", tuple(s("x"))));
        PyObject obj = call(c);
        assertEquals("AttributeError: 'C' object has no attribute 'x'", raises(() -> Attr.getAttr(obj, "x")));
        Attr.setAttr(obj, "x", i(5));
        assertEquals("5", repr(Attr.getAttr(obj, "x")));
        assertEquals("AttributeError: 'C' object has no attribute 'y' and no __dict__ for setting new attributes",
                raises(() -> Attr.setAttr(obj, "y", i(1))));
        assertEquals("AttributeError: 'object' object has no attribute 'x' and no __dict__ for setting new attributes",
                raises(() -> Attr.setAttr(call("object"), "x", i(1))));
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'", raises(() -> Attr.setAttr(PyInt.TYPE, "x", i(1))));
    }

    @Test
    void initSubclassAndSetNameAreCalled() {
        PyList log = new PyList();
        PyObject base = cls("Base", NO_BASES, ns("__init_subclass__", fn("__init_subclass__", (f, a) -> {
            log.append(PyTuple.of(a[0], a[1]));
            return PyNone.NONE;
        }, "cls", "tag")));
        PyObject descr = cls("Named", NO_BASES, ns("__set_name__", method("__set_name__", (f, a) -> {
            log.append(PyTuple.of(s("set_name"), a[2]));
            return PyNone.NONE;
        }, "self", "owner", "name")));
        dev.weft.runtime.core.ClassBuilder.buildClass(ns -> Protocols.setItem(ns, s("field"), call(descr)),
                "Sub", new PyObject[] {base}, new String[] {"tag"}, new PyObject[] {s("t1")});
        assertEquals("[('set_name', 'field'), (<class 'Sub'>, 't1')]", repr(log));
    }

    @Test
    void metaclassesControlClassCreationAndInstanceCalls() {
        PyObject meta = cls("Meta", new PyObject[] {PyType.TYPE}, ns(
                "__call__", method("__call__", (f, a) -> s("intercepted"), "cls")));
        PyObject c = dev.weft.runtime.core.ClassBuilder.buildClass(ns -> { }, "C", NO_BASES,
                new String[] {"metaclass"}, new PyObject[] {meta});
        assertSame(meta, c.type());
        assertEquals("'intercepted'", repr(call(c)));
        PyObject sub = empty("D", c);
        assertSame(meta, sub.type(), "the metaclass is inherited");
    }

    @Test
    void mroIsC3AndInconsistentOrdersFail() {
        PyObject x = empty("X"), y = empty("Y", x);
        PyObject a = empty("A", x), b = empty("B", x), d = empty("D", a, b);
        assertEquals("(<class '__main__.D'>, <class '__main__.A'>, <class '__main__.B'>, <class '__main__.X'>, <class 'object'>)",
                repr(Attr.getAttr(d, "__mro__")));
        assertEquals("TypeError: Cannot create a consistent method resolution order (MRO) for bases X, Y",
                raises(() -> empty("Z", x, y)));
    }

    @Test
    void instantiationErrorsAsCPython() {
        PyObject a = empty("A");
        assertEquals("TypeError: A() takes no arguments", raises(() -> call(a, i(1))));
        PyFunction init = fn("__init__", (f, x) -> PyNone.NONE, "self");
        init.setQualname("I.__init__");
        PyObject ic = cls("I", NO_BASES, ns("__init__", init));
        assertEquals("TypeError: I.__init__() takes 1 positional argument but 2 were given", raises(() -> call(ic, i(1))));
        assertEquals("TypeError: 'A' object is not callable", raises(() -> call(call(a))));
        assertEquals("TypeError: 'A' object is not subscriptable", raises(() -> Protocols.getItem(call(a), i(0))));
        assertEquals("TypeError: 'A' object is not iterable", raises(() -> Protocols.iter(call(a))));
        assertEquals("TypeError: argument of type 'A' is not iterable", raises(() -> Protocols.contains(call(a), i(5))));
        assertEquals("TypeError: list indices must be integers or slices, not A",
                raises(() -> Protocols.getItem(list(i(1)), call(a))));
        assertEquals("AttributeError: type object 'A' has no attribute 'nope'", raises(() -> Attr.getAttr(a, "nope")));
        PyObject ab = empty("Ab");
        Attr.setAttr(ab, "__abstractmethods__", Py.call("frozenset", list(s("g"), s("f"))));
        assertEquals("TypeError: Can't instantiate abstract class Ab without an implementation for abstract methods 'f', 'g'",
                raises(() -> call(ab)));
    }

    @Test
    void protocolResultsAreChecked() {
        PyObject bad = cls("Bad", NO_BASES, ns("__bool__", method("__bool__", (f, a) -> i(1), "self"),
                "__len__", method("__len__", (f, a) -> i(-1), "self")));
        assertEquals("TypeError: __bool__ should return bool, returned int", raises(() -> Ops.isTrue(call(bad))));
        assertEquals("ValueError: __len__() should return >= 0", raises(() -> Protocols.len(call(bad))));
    }

    @Test
    void subclassesOfBuiltinsKeepTheirTypeButArithmeticReturnsBuiltins() {
        PyObject myInt = empty("MyInt", PyInt.TYPE);
        PyObject v = call(myInt, i(5));
        assertEquals("5", repr(v));
        assertSame(myInt, v.type());
        PyObject r = Ops.add(v, i(1));
        assertEquals("6", repr(r));
        assertSame(PyInt.TYPE, r.type());
        PyObject myDict = cls("MyDict", new PyObject[] {dev.weft.runtime.types.PyDict.TYPE}, ns(
                "__missing__", method("__missing__", (f, a) -> Ops.mul(a[1], i(2)), "self", "key")));
        PyObject d = call(myDict);
        assertEquals("42", repr(Protocols.getItem(d, i(21))));
        PyObject myList = empty("MyList", PyList.TYPE);
        PyObject l = call(myList, list(i(1), i(2)));
        Ops.callMethod(l, "append", i(3));
        assertEquals("[1, 2, 3]", repr(l));
        assertTrue(dev.weft.runtime.core.TypeMethods.isInstance(l, PyList.TYPE));
    }

    @Test
    void recursiveContainersPrintWithEllipsis() {
        PyList l = list(i(1));
        l.append(l);
        assertEquals("[1, [...]]", repr(l));
        dev.weft.runtime.types.PyDict d = dict();
        d.setItem(s("self"), d);
        assertEquals("{'self': {...}}", repr(d));
    }

    @Test
    void strIndexingMembershipAndComparisonFastPathsMatchCPython() {
        PyObject t = s("h\u00e9\ud83d\ude00z");
        assertEquals("\ud83d\ude00", ((PyStr) Protocols.getItem(t, i(2))).value(), "items are code points");
        assertEquals("'z'", repr(Protocols.getItem(t, i(-1))));
        assertEquals("IndexError: string index out of range", raises(() -> Protocols.getItem(t, i(4))));
        assertEquals("IndexError: string index out of range", raises(() -> Protocols.getItem(t, i(-5))));
        assertTrue(Protocols.contains(t, s("\u00e9\ud83d\ude00")));
        assertTrue(Protocols.contains(t, s("")));
        assertSame(PyBool.TRUE, Ops.lt(s("\uffff"), s("\ud83d\ude00")), "code-point order: U+FFFF sorts before U+1F600");
        assertSame(PyBool.TRUE, Ops.ge(s("b"), s("a")));
        assertSame(PyBool.TRUE, Ops.ne(dev.weft.runtime.types.PyFloat.of(Double.NaN), dev.weft.runtime.types.PyFloat.of(Double.NaN)));
    }

    @Test
    void strHasCodePointSemanticsForNonBmpText() {
        PyStr s = s("a😀b");
        assertEquals(3, Protocols.len(s));
        assertEquals("'😀'", repr(Protocols.getItem(s, i(1))));
        assertEquals("'b😀a'", repr(Protocols.getItem(s, new dev.weft.runtime.types.PySlice(null, null, i(-1)))));
        assertEquals("2", repr(Ops.callMethod(s, "find", s("b"))));
    }

    @Test
    void callMethodDoesNotBindWhenTheInstanceDoesNotShadow() {
        PyObject c = cls("C", NO_BASES, ns("m", method("m", (f, a) -> a[1], "self", "x")));
        PyObject obj = call(c);
        assertEquals("5", repr(Calls.callMethod("m", new PyObject[] {obj, i(5)}, null)));
        Attr.setAttr(obj, "m", fn("m", (f, a) -> s("shadow"), "x"));
        assertEquals("'shadow'", repr(Calls.callMethod("m", new PyObject[] {obj, i(5)}, null)));
    }

    @Test
    void methodCallOnAClassFindsTheNameInTheClassBeforeTheMetatype() {
        PyObject c = empty("P");
        PyObject o = call(c);
        PyObject object = PyType.OBJECT;
        Calls.callMethod("__setattr__", new PyObject[] {object, o, s("x"), i(1)}, null);
        assertEquals("1", repr(Calls.callMethod("__getattribute__", new PyObject[] {object, o, s("x")}, null)));
        Calls.callMethod("__delattr__", new PyObject[] {object, o, s("x")}, null);
        assertEquals("False", repr(call("hasattr", o, s("x"))));
        assertEquals("TypeError: descriptor '__setattr__' of 'object' object needs an argument",
                raises(() -> Calls.callMethod("__setattr__", new PyObject[] {object}, null)));
    }

    @Test
    void methodCallOnAnInstanceSeesAnInstanceAttributeShadowingABuiltinMethod() {
        PyObject sub = empty("L", list().type());
        PyObject o = call(sub);
        Attr.setAttr(o, "append", builtin("len"));
        assertEquals("0", repr(Calls.callMethod("append", new PyObject[] {o, list()}, null)));
    }

    @Test
    void instancesOfPythonClassesExposeTheirDictThroughADescriptorOnTheFirstClassWithOne() {
        PyObject c = cls("C", NO_BASES, ns("x", i(1)));
        PyObject o = call(c);
        Attr.setAttr(o, "y", i(2));
        assertEquals("{'y': 2}", repr(call("vars", o)));
        assertSame(Attr.getAttr(o, "__dict__"), call("vars", o));
        assertEquals("['__module__', 'x', '__dict__', '__weakref__', '__doc__']", repr(call("list", Attr.getAttr(c, "__dict__"))));
        assertEquals("<attribute '__dict__' of 'C' objects>", repr(Protocols.getItem(Attr.getAttr(c, "__dict__"), s("__dict__"))));
        Attr.setAttr(o, "__dict__", dict(s("z"), i(3)));
        assertEquals("3", repr(Attr.getAttr(o, "z")));
        PyObject sub = empty("D", c);
        assertEquals("['__module__', '__doc__']", repr(call("list", Attr.getAttr(sub, "__dict__"))), "inherited, not repeated");
        PyObject slotted = cls("S", NO_BASES, ns("__slots__", tuple(s("a"))));
        assertEquals("AttributeError: 'S' object has no attribute '__dict__'", raises(() -> Attr.getAttr(call(slotted), "__dict__")));
        PyObject err = call(builtin("ValueError"), s("v"));
        assertEquals("{}", repr(call("vars", err)), "BaseException's own __dict__");
    }
}

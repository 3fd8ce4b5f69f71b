package dev.weft.runtime;

import dev.weft.runtime.call.PyProperty;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.sites.CallMethodSite;
import dev.weft.runtime.sites.GetAttrSite;
import dev.weft.runtime.types.PyList;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inline caches give the same answers as the full protocol, also after the class changes. */
class SitesTest {

    @Test
    void getAttrSiteFollowsInstanceDictClassAttributesAndClassMutation() {
        PyObject c = cls("C", new PyObject[0], ns("k", i(1), "p", new PyProperty(fn("p", (f, a) -> s("prop"), "self"), null, null, null)));
        PyObject o = call(c);
        GetAttrSite k = new GetAttrSite("k"), p = new GetAttrSite("p"), x = new GetAttrSite("x");
        for (int round = 0; round < 3; round++) {
            assertEquals("1", repr(k.get(o)));
            assertEquals("'prop'", repr(p.get(o)));
        }
        Attr.setAttr(o, "k", i(2));
        assertEquals("2", repr(k.get(o)), "the instance dict shadows a class value");
        ((dev.weft.runtime.core.HasDict) o).instanceDict().setItem(s("p"), i(3));
        assertEquals("'prop'", repr(p.get(o)), "a data descriptor wins over the instance dict");
        assertEquals("AttributeError: 'C' object has no attribute 'x'", raises(() -> x.get(o)));
        Attr.setAttr(o, "x", i(4));
        assertEquals("4", repr(x.get(o)));
        Attr.setAttr(c, "p", i(5));
        assertEquals("3", repr(p.get(o)), "replacing the property on the class invalidates the cache");
        GetAttrSite real = new GetAttrSite("real");
        assertEquals("5", repr(real.get(i(5))));
        assertEquals("2.5", repr(real.get(f(2.5))), "a different receiver type misses and re-caches");
    }

    @Test
    void getAttrSiteOnAClassSeesChangesToTheClassItsBaseAndItsMetaclass() {
        PyObject meta = cls("Meta", new PyObject[] {builtin("type")}, ns());
        PyObject base = cls("Base", new PyObject[0], ns("LIMIT", i(1)));
        PyObject c = call(meta, s("C"), tuple(base), dict());
        PyObject other = cls("Other", new PyObject[0], ns("LIMIT", i(9)));
        GetAttrSite limit = new GetAttrSite("LIMIT");
        for (int round = 0; round < 3; round++) {
            assertEquals("1", repr(limit.get(c)));
            assertEquals("9", repr(limit.get(other)), "another class at the same site");
        }
        Attr.setAttr(base, "LIMIT", i(2));
        assertEquals("2", repr(limit.get(c)), "the base's change");
        Attr.setAttr(c, "LIMIT", i(3));
        assertEquals("3", repr(limit.get(c)), "the class's own attribute shadows the base's");
        Attr.setAttr(meta, "LIMIT", new PyProperty(fn("LIMIT", (f, a) -> s("meta prop"), "cls"), null, null, null));
        assertEquals("'meta prop'", repr(limit.get(c)), "a data descriptor on the metaclass wins");
        Attr.delAttr(meta, "LIMIT");
        assertEquals("3", repr(limit.get(c)));
        PyObject m = fn("m", (f, a) -> i(0), "self");
        Attr.setAttr(c, "m", m);
        GetAttrSite method = new GetAttrSite("m");
        for (int round = 0; round < 2; round++) {
            assertEquals(m, method.get(c), "a function read through its class is the function");
        }
    }

    @Test
    void callMethodSiteCallsFunctionsAndBuiltinMethods() {
        PyObject c = cls("C", new PyObject[0], ns("twice", fn("twice", (f, a) -> dev.weft.runtime.ops.Ops.mul(a[1], i(2)), "self", "v")));
        PyObject o = call(c);
        CallMethodSite twice = new CallMethodSite("twice");
        for (int round = 0; round < 3; round++) {
            assertEquals("42", repr(twice.call(new PyObject[] {o, i(21)}, null)));
        }
        Attr.setAttr(o, "twice", fn("twice", (f, a) -> s("shadow"), "v"));
        assertEquals("'shadow'", repr(twice.call(new PyObject[] {o, i(21)}, null)));
        CallMethodSite append = new CallMethodSite("append");
        PyList l = list();
        for (int round = 0; round < 3; round++) {
            append.call(new PyObject[] {l, i(round)}, null);
        }
        assertEquals("[0, 1, 2]", repr(l));
        assertEquals("'A'", repr(new CallMethodSite("upper").call(new PyObject[] {s("a")}, null)));
    }

    @Test
    void polymorphicSitesAnswerForEachReceiverTypeAndBeyondTheirCapacity() {
        int types = 7; // more than a site caches, so some receivers always miss
        PyObject[] objs = new PyObject[types];
        for (int t = 0; t < types; t++) {
            final int n = t;
            PyObject c = cls("C" + t, new PyObject[0], ns("k", i(t), "m", fn("m", (f, a) -> i(100 + n), "self")));
            objs[t] = call(c);
        }
        GetAttrSite k = new GetAttrSite("k");
        CallMethodSite m = new CallMethodSite("m");
        for (int round = 0; round < 200; round++) {   // past the misses after which a site stops caching
            for (int t = 0; t < types; t++) {
                assertEquals(String.valueOf(t), repr(k.get(objs[t])));
                assertEquals(String.valueOf(100 + t), repr(m.call(new PyObject[] {objs[t]}, null)));
            }
        }
        Attr.setAttr(objs[1].type(), "k", i(-1));
        Attr.setAttr(objs[2], "k", i(-2));
        Attr.setAttr(objs[3].type(), "m", fn("m", (f, a) -> s("new"), "self"));
        assertEquals("-1", repr(k.get(objs[1])), "a class change invalidates that type's entry");
        assertEquals("-2", repr(k.get(objs[2])), "the instance dict still shadows");
        assertEquals("'new'", repr(m.call(new PyObject[] {objs[3]}, null)));
        assertEquals("0", repr(k.get(objs[0])));
    }

    @Test
    void sitesResolveSuperAttributesPastTheClassEveryTime() {
        PyObject base1 = cls("B1", new PyObject[0], ns("who", fn("who", (f, a) -> s("B1"), "self")));
        PyObject base2 = cls("B2", new PyObject[0], ns("who", fn("who", (f, a) -> s("B2"), "self")));
        PyObject child = cls("C", new PyObject[] {base1, base2}, ns());
        PyObject o = call(child);
        GetAttrSite who = new GetAttrSite("who"), init = new GetAttrSite("__init__");
        CallMethodSite callWho = new CallMethodSite("who");
        for (int round = 0; round < 3; round++) {
            PySuper fromChild = PySuper.of(child, o), fromB1 = PySuper.of(base1, o);
            assertEquals("'B1'", repr(call(who.get(fromChild))));
            assertEquals("'B2'", repr(call(who.get(fromB1))), "a cached entry for type super must not be reused");
            assertEquals("'B2'", repr(callWho.call(new PyObject[] {fromB1}, null)));
            assertEquals("<built-in method __init__ of C object>",
                    repr(init.get(fromB1)).replaceAll(" at 0x[0-9a-f]+", ""),
                    "super().__init__ is the next class's __init__, not super's own");
        }
    }
}

package dev.weft.embed;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingTest {
    @TempDir
    Path dir;

    private PythonObject mod;

    @BeforeEach
    void compile() throws IOException {
        CompiledPython.load(dir, Map.of(
                "calc.py", String.join("\n",
                        "from shapes.base import Shape",
                        "calls = []",
                        "def add(a, b):",
                        "    return a + b",
                        "def describe(x):",
                        "    return type(x).__name__ + ':' + repr(x)",
                        "def echo(x):",
                        "    return x",
                        "def kw(a, b=2, *, c=3):",
                        "    return [a, b, c]",
                        "def divide(a, b):",
                        "    return helper(a, b)",
                        "def helper(a, b):",
                        "    return a / b",
                        "class Counter:",
                        "    def __init__(self, start=0):",
                        "        self.n = start",
                        "    def inc(self, by=1):",
                        "        self.n += by",
                        "        return self",
                        "class Failure(Exception):",
                        "    pass",
                        "def fail():",
                        "    raise Failure('custom failure')",
                        "def apply(f, a, b):",
                        "    return f(a, b)",
                        ""),
                "shapes/__init__.py", "",
                "shapes/base.py", "class Shape:\n    sides = 0\n"));
        mod = Python.importModule("calc");
    }

    @Test
    void callsModuleFunctionsWithConvertedArgumentsAndResults() {
        assertEquals(5L, mod.invoke("add", 2, 3).toJava());
        assertEquals(5.5, mod.invoke("add", 2, 3.5).asDouble());
        assertEquals("ab", mod.invoke("add", "a", "b").asString());
        assertEquals(List.of(1L, 2L, 3L), mod.invoke("add", List.of(1), List.of(2, 3)).toJava());
        assertEquals(new BigInteger("18446744073709551616"), mod.invoke("add", Long.MAX_VALUE, new BigInteger("9223372036854775809")).toJava());
    }

    @Test
    void javaValuesArriveAsTheirPythonCounterparts() {
        assertEquals("NoneType:None", mod.invoke("describe", (Object) null).asString());
        assertEquals("bool:True", mod.invoke("describe", true).asString());
        assertEquals("int:7", mod.invoke("describe", 7).asString());
        assertEquals("float:0.5", mod.invoke("describe", 0.5f).asString());
        assertEquals("str:'x'", mod.invoke("describe", 'x').asString());
        assertEquals("list:[1, 'a']", mod.invoke("describe", List.of(1, "a")).asString());
        assertEquals("tuple:(1, None)", mod.invoke("describe", (Object) new Object[] {1, null}).asString());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", List.of(true));
        assertEquals("dict:{'k': [True]}", mod.invoke("describe", m).asString());
    }

    @Test
    void pythonValuesComeBackAsJavaValues() {
        assertNull(mod.invoke("echo", (Object) null).toJava());
        assertEquals(Boolean.FALSE, mod.invoke("echo", false).toJava());
        Object tuple = mod.invoke("echo", (Object) new Object[] {1, "x"}).toJava();
        assertEquals(List.of(1L, "x"), tuple);
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) tuple).add(null));
        assertEquals(Map.of("a", 1L), mod.invoke("echo", Map.of("a", 1)).asMap());
        assertEquals(3, mod.invoke("echo", 3L).asInt());
    }

    @Test
    void keywordArgumentsArePassedByName() {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("c", 30);
        assertEquals(List.of(1L, 2L, 30L), mod.getAttr("kw").callWithKeywords(kw, 1).toJava());
    }

    @Test
    void pythonClassesAreInstantiatedAndTheirMethodsCalled() {
        PythonObject c = mod.getAttr("Counter").call(10);
        c.invoke("inc").invoke("inc", 5);
        assertEquals(16L, c.getAttr("n").toJava());
        c.setAttr("n", 1);
        assertEquals(1, c.getAttr("n").asInt());
        assertEquals("Counter", c.typeName());
        assertEquals(0L, Python.importModule("shapes.base").getAttr("Shape").getAttr("sides").toJava());
    }

    @Test
    void aPythonExceptionArrivesWithTypeMessageAndTraceback() {
        PythonException e = assertThrows(PythonException.class, () -> mod.invoke("divide", 1, 0));
        assertEquals("ZeroDivisionError", e.pythonType());
        assertEquals("division by zero", e.pythonMessage());
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        assertTrue(e.isInstance("ArithmeticError"));
        String tb = e.pythonTraceback();
        assertTrue(tb.startsWith("Traceback (most recent call last):\n"), tb);
        assertTrue(tb.contains("File \"calc.py\", line 12, in divide\n"), tb);
        assertTrue(tb.contains("File \"calc.py\", line 14, in helper\n"), tb);
        assertTrue(tb.endsWith("ZeroDivisionError: division by zero\n"), tb);
    }

    @Test
    void exceptionsOfPythonClassesAreNamedWithTheirModule() {
        PythonException e = assertThrows(PythonException.class, () -> mod.invoke("fail"));
        assertEquals("calc.Failure", e.pythonType());
        assertEquals("custom failure", e.pythonMessage());
        assertTrue(e.isInstance("Exception"));
    }

    @Test
    void missingNamesAndModulesRaiseThePythonErrors() {
        PythonException noAttr = assertThrows(PythonException.class, () -> mod.invoke("nope"));
        assertEquals("AttributeError", noAttr.pythonType());
        assertEquals("module 'calc' has no attribute 'nope'", noAttr.pythonMessage());
        PythonException noModule = assertThrows(PythonException.class, () -> Python.importModule("no_such_module"));
        assertEquals("ModuleNotFoundError", noModule.pythonType());
        assertEquals("No module named 'no_such_module'", noModule.pythonMessage());
        PythonException badArgs = assertThrows(PythonException.class, () -> mod.invoke("add", 1));
        assertEquals("TypeError", badArgs.pythonType());
    }

    @Test
    void aValueThatDoesNotConvertIsATypeError() {
        PythonException e = assertThrows(PythonException.class, () -> mod.invoke("echo", "x").asLong());
        assertEquals("TypeError", e.pythonType());
        assertEquals("cannot convert Python str to Java java.lang.Long", e.pythonMessage());
    }

    @Test
    void aPythonFunctionImplementsAJavaFunctionalInterface() {
        IntBinaryOperator add = mod.getAttr("add").asInterface(IntBinaryOperator.class);
        assertEquals(7, add.applyAsInt(3, 4));
    }

    @Test
    void aJavaLambdaIsCallableFromPython() {
        java.util.function.BinaryOperator<Object> concat = (a, b) -> a + "+" + b;
        assertEquals("1+2", mod.invoke("apply", concat, 1, 2).asString());
    }

    @Test
    void pythonObjectsCompareAndPrintAsInPython() {
        assertEquals(Python.of(List.of(1, 2)), mod.invoke("echo", List.of(1, 2)));
        assertEquals("[1, 'a']", Python.of(Arrays.asList(1, "a")).toString());
        assertEquals("'a'", Python.of("a").repr());
        assertEquals(3, Python.builtin("len").call("abc").asInt());
    }
}

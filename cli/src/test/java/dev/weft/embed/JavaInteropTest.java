package dev.weft.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.weft.embed.fixtures.Point;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Python code using Java classes: {@code import java...}, reflective calls, interfaces. */
class JavaInteropTest {
    @TempDir
    Path dir;

    private Object run(String... body) throws IOException {
        return CompiledPython.runMain(dir, body);
    }

    private PythonException fails(String... body) {
        return assertThrows(PythonException.class, () -> run(body));
    }

    @Test
    void javaCollectionsAreConstructedCalledIndexedAndIterated() throws IOException {
        assertEquals(List.of(3L, "b", 3L, "3", true, List.of("3", "b")), run(
                "from java.util import ArrayList",
                "a = ArrayList()",
                "a.add(3)",
                "a.add('b')",
                "a.add(0, '3')",
                "return [len(a), a[-1], a.get(1), str(a[0]), 'b' in a, [str(x) for x in a if x != 3]]"));
    }

    @Test
    void mapsSupportItemsMembershipAndIterationOverKeys() throws IOException {
        assertEquals(List.of(List.of("a", "b"), 2L, true, "{a=1, b=2}"), run(
                "import java.util",
                "m = java.util.TreeMap()",
                "m['b'] = 2",
                "m.put('a', 1)",
                "return [list(m), m['b'], 'a' in m, str(m)]"));
    }

    @Test
    void overloadsAreChosenByTheArgumentTypes() throws IOException {
        assertEquals(List.of("string s", "long 5", "object 2.5", 4L, 6L), run(
                "from dev.weft.embed.fixtures import Point",
                "p = Point(2)",
                "q = Point(1, 5)",
                "return [p.describe('s'), p.describe(5), p.describe(2.5), p.sum(), q.sum()]"));
    }

    @Test
    void javaObjectsAreInstancesOfTheirJavaSupertypes() throws IOException {
        assertEquals(List.of(true, true, true, true, false, true, false), run(
                "from java.util import ArrayList, List, Collection, Map, AbstractList",
                "from java.lang import Object, Iterable, Runnable",
                "a = ArrayList()",
                "return [isinstance(a, List), isinstance(a, Collection), isinstance(a, Object),",
                "        issubclass(ArrayList, AbstractList), isinstance(a, Map), issubclass(List, Iterable),",
                "        isinstance(a, Runnable)]"));
    }

    @Test
    void trailingArgumentsFillAJavaVarargsParameter() throws IOException {
        assertEquals(List.of("a/b/c", "1-x", 3L, "a"), run(
                "from java.nio.file import Path",
                "from java.lang import String",
                "from java.util import Arrays",
                "return [str(Path.of('a', 'b', 'c')), String.format('%s-%s', 1, 'x'), len(Arrays.asList(1, 2, 3)),",
                "        str(Path.of('a'))]"));
    }

    @Test
    void staticMethodsAndFieldsAndInstanceFieldsAreAttributes() throws IOException {
        assertEquals(List.of(3.0, 2147483647L, 9L, 0L, true), run(
                "from java.lang import Math, Integer",
                "from dev.weft.embed.fixtures import Point",
                "p = Point(4, 5)",
                "p.y = 5",
                "before = Point.created",
                "o = Point.origin()",
                "return [Math.sqrt(9), Integer.MAX_VALUE, p.x + p.y, o.sum(), Point.created == before + 1]"));
    }

    @Test
    void nestedClassesAreAttributesOfTheirClassAndImportableFromIt() throws IOException {
        assertEquals(List.of(2.0, 3.0), run(
                "from dev.weft.embed.fixtures.Point import Polar",
                "from dev.weft.embed.fixtures import Point",
                "return [Polar(2.0).r, Point.Polar(3).r]"));
    }

    @Test
    void nestedTypesExtendingTheirEnclosingTypeAreUsable() throws IOException {
        assertEquals(List.of("b'", true, true), run(
                "from dev.weft.embed.fixtures import Builders",
                "b = Builders.plain('b')",
                "return [b.copy().name(), isinstance(b, Builders.Builder.OfPlain),",
                "        issubclass(Builders.Builder.OfPlain, Builders.Builder)]"));
    }

    @Test
    void assigningAStaticFieldThroughTheClassSetsTheJavaField() throws IOException {
        int before = Point.created;
        assertEquals(List.of(41L, 42L), run(
                "from dev.weft.embed.fixtures import Point",
                "Point.created = 41",
                "a = Point.created",
                "Point(1)",
                "Point.extra = 'python attribute'",
                "return [a, Point.created]"));
        assertEquals(42, Point.created);
        Point.created = before;
    }

    @Test
    void aFinalFieldCannotBeAssigned() {
        PythonException e = fails(
                "from dev.weft.embed.fixtures import Point",
                "Point(1).x = 3");
        assertEquals("AttributeError", e.pythonType());
        assertEquals("Java field 'x' of 'dev.weft.embed.fixtures.Point' is final", e.pythonMessage());
    }

    @Test
    void aPythonClassImplementingRunnableRunsOnAnExecutorService() throws IOException {
        assertEquals(List.of(0L, 1L, 4L, 9L), run(
                "from java.util.concurrent import Executors",
                "from java.lang import Runnable",
                "class Square(Runnable):",
                "    def __init__(self, n, out):",
                "        self.n = n",
                "        self.out = out",
                "    def run(self):",
                "        self.out.append(self.n * self.n)",
                "out = []",
                "pool = Executors.newFixedThreadPool(2)",
                "for f in [pool.submit(Square(i, out)) for i in range(4)]:",
                "    f.get()",
                "pool.shutdown()",
                "return sorted(out)"));
    }

    @Test
    void aPythonFunctionIsPassedWhereJavaWantsAFunctionalInterface() throws IOException {
        assertEquals(List.of("ccc", "bb", "a"), run(
                "from java.util import ArrayList, Collections",
                "a = ArrayList(['bb', 'a', 'ccc'])",
                "Collections.sort(a, lambda s, t: len(t) - len(s))",
                "return list(a)"));
    }

    @Test
    void aPythonObjectHandedToJavaComesBackAsItself() throws IOException {
        assertEquals(true, run(
                "from java.util import ArrayList",
                "class Thing:",
                "    pass",
                "t = Thing()",
                "a = ArrayList()",
                "a.add(t)",
                "return a.get(0) is t"));
    }

    @Test
    void javaExceptionsBecomePythonExceptionsCatchableInPython() throws IOException {
        assertEquals(List.of("IndexError", "ValueError", "NotImplementedError"), run(
                "from java.util import ArrayList, List",
                "from java.lang import Integer",
                "out = []",
                "try:",
                "    ArrayList().get(3)",
                "except IndexError:",
                "    out.append('IndexError')",
                "try:",
                "    Integer.parseInt('x')",
                "except ValueError as e:",
                "    out.append('ValueError')",
                "try:",
                "    List.of(1).add(2)",
                "except NotImplementedError:",
                "    out.append('NotImplementedError')",
                "return out"));
    }

    @Test
    void modifyingAJavaCollectionWhileIteratingItIsAPythonError() {
        PythonException e = fails(
                "from java.util import ArrayList",
                "a = ArrayList([1, 2, 3])",
                "for x in a:",
                "    a.add(x)");
        assertEquals("RuntimeError", e.pythonType());
        assertEquals("java.util.ConcurrentModificationException", e.pythonMessage());
    }

    @Test
    void aJavaExceptionMessageNamesTheJavaClass() {
        PythonException e = fails("from java.lang import Integer", "Integer.parseInt('x')");
        assertEquals("ValueError", e.pythonType());
        assertEquals("java.lang.NumberFormatException: For input string: \"x\"", e.pythonMessage());
    }

    @Test
    void unsupportedUsesFailWithPythonErrors() {
        PythonException subclass = fails("from java.lang import String", "class Mine(String):", "    pass");
        assertEquals("TypeError", subclass.pythonType());
        assertEquals("cannot subclass final Java class java.lang.String", subclass.pythonMessage());
        PythonException iface = fails("from java.lang import Runnable", "Runnable()");
        assertEquals("cannot instantiate Java interface java.lang.Runnable", iface.pythonMessage());
        PythonException noClass = fails("from java.util import NoSuchClass");
        assertEquals("ImportError", noClass.pythonType());
        assertTrue(noClass.pythonMessage().startsWith("cannot import name 'NoSuchClass' from 'java.util'"),
                noClass.pythonMessage());
        PythonException noPackage = fails("import java.nosuchpackage");
        assertEquals("ModuleNotFoundError", noPackage.pythonType());
        PythonException badArgs = fails("from java.util import ArrayList", "ArrayList().add(1, 2, 3, 4)");
        assertEquals("TypeError", badArgs.pythonType());
        assertTrue(badArgs.pythonMessage().startsWith("no Java overload of java.util.ArrayList.add accepts (int, int, int, int)"),
                badArgs.pythonMessage());
        PythonException kw = fails("from java.util import ArrayList", "ArrayList().add(e=1)");
        assertEquals("TypeError", kw.pythonType());
    }

    @Test
    void aJavaObjectPassedToPythonIsUsableThereAndComesBackUnchanged() throws IOException {
        CompiledPython.load(dir, Map.of("ident.py", "def first_and_size(xs):\n    return xs\n"));
        List<String> list = new ArrayList<>(List.of("x"));
        // Through the embedding API a Java list is copied into a Python list ...
        assertEquals(List.of("x"), Python.importModule("ident").invoke("first_and_size", list).toJava());
        // ... while an arbitrary Java object is passed by reference.
        Point p = new Point(1, 2);
        assertSame(p, Python.importModule("ident").invoke("first_and_size", p).toJava());
    }
}

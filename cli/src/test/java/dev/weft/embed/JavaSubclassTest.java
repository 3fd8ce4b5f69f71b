package dev.weft.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Python classes extending Java classes (abstract or concrete, JDK or application classes). */
class JavaSubclassTest {
    @TempDir
    Path dir;

    private static final String SQUARE = String.join("\n",
            "from dev.weft.embed.fixtures import Shape, Counter",
            "class Square(Shape):",
            "    def __init__(self, side):",
            "        super().__init__('square', 4)",
            "        self.side = side",
            "    def area(self):",
            "        return float(self.side * self.side)",
            "");

    /** Runs {@code body} as function {@code main} of a module starting with {@code prelude}; returns its result in Java. */
    private Object run(String prelude, String... body) throws IOException {
        StringBuilder src = new StringBuilder(prelude).append("def main():\n");
        for (String line : body) {
            src.append("    ").append(line).append('\n');
        }
        CompiledPython.load(dir, Map.of("prog.py", src.toString()));
        return Python.importModule("prog").invoke("main").toJava();
    }

    private PythonException fails(String prelude, String... body) {
        return assertThrows(PythonException.class, () -> run(prelude, body));
    }

    @Test
    void javaCodeOfAnAbstractSuperclassCallsThePythonOverride() throws IOException {
        assertEquals(List.of("square with 4 sides, area 9.0", 9.0, true, true), run(SQUARE,
                "s = Square(3)",
                "return [s.describe(), s.area(), isinstance(s, Shape), issubclass(Square, Shape)]"));
    }

    @Test
    void theObjectPassesWhereJavaExpectsTheSuperclassAndComesBackAsItself() throws IOException {
        assertEquals(List.of(13.0, true, 3L), run(SQUARE,
                "from java.util import ArrayList",
                "shapes = ArrayList()",
                "a = Square(3)",
                "shapes.add(a)",
                "shapes.add(Square(2))",
                "return [Shape.totalArea(shapes), shapes.get(0) is a, shapes.get(0).side]"));
    }

    @Test
    void protectedFieldsAndMethodsAreUsableFromThePythonSubclass() throws IOException {
        assertEquals(List.of(4L, "2.3", "square with 5 sides, area <4.0>"), run(SQUARE,
                "class Framed(Square):",
                "    def format(self, value):",
                "        return '<' + super().format(value) + '>'",
                "f = Framed(2)",
                "before = f.sides",
                "f.sides = 5",
                "return [before, Square(1).format(2.25), f.describe()]"));
    }

    @Test
    void publicJavaFieldsAndPythonAttributesLiveSideBySide() throws IOException {
        assertEquals(List.of("red", 3L, List.of("side", "tag")), run(SQUARE,
                "s = Square(3)",
                "s.color = 'red'",
                "s.tag = 'mine'",
                "return [s.color, s.side, sorted(vars(s))]"));
    }

    @Test
    void superCallsReachTheJavaImplementationWhileJavaCallersSeeTheOverride() throws IOException {
        assertEquals(List.of("python shape", "shape", "square"), run(SQUARE,
                "class Kind(Square):",
                "    def kind(self):",
                "        return 'python ' + super().kind()",
                "k = Kind(1)",
                "return [k.kind(), Shape.kind(k), k.name()]"));
    }

    @Test
    void withoutASuperInitCallTheNoArgumentConstructorRunsAndMayCallOverrides() throws IOException {
        assertEquals(List.of("python", 2L, 12L, 1L), run(SQUARE,
                "class Twice(Counter):",
                "    def __init__(self):",
                "        self.calls = 0",
                "    def label(self):",
                "        return 'python'",
                "    def increment(self):",
                "        self.calls += 1",
                "        return super().increment()",
                "class Started(Counter):",
                "    pass",
                "t = Twice()",
                "n = t.incrementTwice()",
                "return [t.createdBy, n, Started(10).incrementTwice(), t.calls // 2]"));
    }

    @Test
    void aMissingConstructorCallIsATypeErrorWhenThereIsNoNoArgumentConstructor() {
        PythonException e = fails(SQUARE,
                "class Lazy(Shape):",
                "    def __init__(self):",
                "        pass",
                "    def area(self):",
                "        return 1.0",
                "Lazy()");
        assertEquals("TypeError", e.pythonType());
        assertEquals("Lazy.__init__ must call super().__init__(...): Java class dev.weft.embed.fixtures.Shape has "
                + "no constructor without arguments", e.pythonMessage());
    }

    @Test
    void anAbstractMethodThePythonClassLacksRaisesNotImplementedError() {
        PythonException e = fails(SQUARE,
                "class NoArea(Shape):",
                "    pass",
                "NoArea('blob', 0).describe()");
        assertEquals("NotImplementedError", e.pythonType());
        assertEquals("abstract Java method dev.weft.embed.fixtures.Shape.area is not implemented by NoArea",
                e.pythonMessage());
    }

    @Test
    void overridingAFinalMethodOrExtendingAFinalClassIsATypeError() {
        PythonException method = fails(SQUARE,
                "class Renamed(Square):",
                "    def name(self):",
                "        return 'x'");
        assertEquals("TypeError", method.pythonType());
        assertEquals("cannot override final method name of Java class dev.weft.embed.fixtures.Shape",
                method.pythonMessage());
        PythonException both = fails(SQUARE,
                "from java.util import ArrayList",
                "class Both(Counter, ArrayList):",
                "    pass");
        assertEquals("class Both cannot extend both Java classes dev.weft.embed.fixtures.Counter and java.util.ArrayList",
                both.pythonMessage());
    }

    @Test
    void reprIsPythonsUnlessJavaOrPythonDefinesToStringAndJavaToStringIsPythonStr() throws IOException {
        assertEquals(List.of(true, "[1, 2]", "counter at 5", "str of Plain"), run(SQUARE,
                "from java.util import AbstractList",
                "class Pair(AbstractList):",
                "    def get(self, i):",
                "        return i + 1",
                "    def size(self):",
                "        return 2",
                "class Shown(Counter):",
                "    def toString(self):",
                "        return f'counter at {self.count}'",
                "class Plain(Counter):",
                "    def __str__(self):",
                "        return 'str of Plain'",
                "from java.lang import String",
                "r = repr(Square(1))",
                "return [r.startswith('<prog.Square object at 0x'), str(Pair()), str(Shown(5)), String.valueOf(Plain())]"));
    }

    @Test
    void protectedMembersAreNotReachableOnPlainJavaObjects() {
        PythonException e = fails(SQUARE,
                "from java.util import ArrayList",
                "return Counter().count");
        assertEquals("AttributeError", e.pythonType());
        assertEquals("Java field dev.weft.embed.fixtures.Counter.count is protected: only Python subclasses of "
                + "dev.weft.embed.fixtures.Counter can use it", e.pythonMessage());
    }

    @Test
    void jdkClassesAreExtendedAndUsedByJdkCode() throws IOException {
        assertEquals(List.of(List.of("a", "b", "c"), "[0, 1, 4]", List.of("t1"), 1L), run("",
                "from java.util import AbstractList, Collections, TimerTask",
                "from java.lang import Thread",
                "class Letters(AbstractList):",
                "    def __init__(self, text):",
                "        self.items = list(text)",
                "    def get(self, i):",
                "        return self.items[i]",
                "    def size(self):",
                "        return len(self.items)",
                "    def set(self, i, value):",
                "        old, self.items[i] = self.items[i], value",
                "        return old",
                "class Squares(AbstractList):",
                "    def get(self, i):",
                "        return i * i",
                "    def size(self):",
                "        return 3",
                "letters = Letters('cab')",
                "Collections.sort(letters)",
                "class Named(Thread):",
                "    def __init__(self, out):",
                "        super().__init__('t1')",
                "        self.out = out",
                "    def run(self):",
                "        self.out.append(self.getName())",
                "out = []",
                "t = Named(out)",
                "t.start()",
                "t.join()",
                "class Once(TimerTask):",
                "    runs = 0",
                "    def run(self):",
                "        self.runs += 1",
                "task = Once()",
                "task.run()",
                "return [letters.items, str(Squares()), out, task.runs]"));
    }

    @Test
    void classesMadeOnManyThreadsAtOnceAllWork() throws IOException {
        assertEquals(List.of(0L, 1L, 4L, 9L, 16L, 25L, 36L, 49L), run(SQUARE,
                "import threading",
                "results = [None] * 8",
                "def make(i):",
                "    class Local(Square):",
                "        def area(self):",
                "            return self.side * self.side",
                "    results[i] = int(Local(i).area())",
                "threads = [threading.Thread(target=make, args=(i,)) for i in range(8)]",
                "for t in threads: t.start()",
                "for t in threads: t.join()",
                "return results"));
    }
}

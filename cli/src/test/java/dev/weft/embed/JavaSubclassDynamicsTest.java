package dev.weft.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Python classes deriving from Java types, as Java sees them over time and in Java collections:
 * methods added after the class statement, equals/hashCode/toString as Python's ==/hash/str,
 * ABC mixed with Java bases, protected static and non-public members.
 */
class JavaSubclassDynamicsTest {
    @TempDir
    Path dir;

    private Object run(String... body) throws IOException {
        return CompiledPython.runMain(dir, body);
    }

    private PythonException fails(String... body) {
        return assertThrows(PythonException.class, () -> run(body));
    }

    @Test
    void methodsAddedOrRemovedAfterTheClassStatementAreSeenByJavaCallers() throws IOException {
        assertEquals(List.of(2L, 100L, 4L, "decorated", "late run"), run(
                "from dev.weft.embed.fixtures import Counter, Registry",
                "class Late(Counter):",
                "    pass",
                "c = Late()",
                "before = c.incrementTwice()",
                "Late.increment = lambda self: 100",
                "during = c.incrementTwice()",
                "del Late.increment",
                "after = c.incrementTwice()",
                "def relabel(cls):",
                "    cls.label = lambda self: 'decorated'",
                "    return cls",
                "@relabel",
                "class Tagged(Counter):",
                "    pass",
                "class Base(Registry):",
                "    pass",
                "class Sub(Base):",
                "    pass",
                "Base.run = lambda self: 'late run'",
                "return [before, during, after, Tagged().createdBy, Sub().callRun()]"));
    }

    @Test
    void pythonObjectsInJavaHashCollectionsUsePythonEqualityHashAndStr() throws IOException {
        assertEquals(List.of(2L, true, 1L, 2L, 1L, "Key(1)", "job a", true), run(
                "from dev.weft.embed.fixtures import Counter",
                "from java.util import HashSet, HashMap",
                "from java.lang import Runnable, String",
                "class Key(Counter):",
                "    def __init__(self, k):",
                "        self.k = k",
                "    def __eq__(self, other):",
                "        return isinstance(other, Key) and other.k == self.k",
                "    def __hash__(self):",
                "        return hash(self.k)",
                "    def __str__(self):",
                "        return f'Key({self.k})'",
                "class Job(Runnable):",
                "    def __init__(self, name):",
                "        self.name = name",
                "    def run(self):",
                "        pass",
                "    def __eq__(self, other):",
                "        return isinstance(other, Job) and other.name == self.name",
                "    def __hash__(self):",
                "        return hash(self.name)",
                "    def __str__(self):",
                "        return 'job ' + self.name",
                "class Plain:",
                "    def __init__(self, v):",
                "        self.v = v",
                "    def __eq__(self, other):",
                "        return isinstance(other, Plain) and other.v == self.v",
                "    def __hash__(self):",
                "        return hash(self.v)",
                "keys = HashSet()",
                "for k in (Key(1), Key(1), Key(2)):",
                "    keys.add(k)",
                "jobs = HashMap()",
                "jobs.put(Job('a'), 1)",
                "jobs.put(Job('a'), 2)",
                "plain = HashSet()",
                "plain.add(Plain(3))",
                "plain.add(Plain(3))",
                "return [keys.size(), keys.contains(Key(2)), jobs.size(), jobs.get(Job('a')), plain.size(),",
                "        String.valueOf(Key(1)), String.valueOf(Job('a')), Key(5).equals(Key(5))]"));
    }

    @Test
    void anUnhashablePythonObjectInAJavaHashSetIsATypeError() {
        PythonException e = fails(
                "from java.util import HashSet",
                "from java.lang import Runnable",
                "class Loose(Runnable):",
                "    def run(self):",
                "        pass",
                "    def __eq__(self, other):",
                "        return True",
                "HashSet().add(Loose())");
        assertEquals("TypeError", e.pythonType());
        assertEquals("unhashable type: 'Loose'", e.pythonMessage());
    }

    @Test
    void javaObjectsAsDictKeysAndSetElementsUseEqualsAndHashCode() throws IOException {
        assertEquals(List.of("new year", 1L, true, "list"), run(
                "from java.time import LocalDate",
                "from java.util import ArrayList",
                "days = {LocalDate.of(2024, 1, 1): 'new year'}",
                "a = ArrayList()",
                "a.add('x')",
                "b = ArrayList()",
                "b.add('x')",
                "lists = {a: 'list'}",
                "return [days[LocalDate.parse('2024-01-01')], len({LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)}),",
                "        a == b, lists[b]]"));
    }

    @Test
    void abcAndAbstractmethodCombineWithJavaBases() throws IOException {
        assertEquals(List.of(List.of("hello"), true, true, "Can't instantiate abstract class Task without an "
                + "implementation for abstract method 'step'", "ok", "Can't instantiate abstract class Labelled "
                + "without an implementation for abstract method 'label'", "square 4.0"), run(
                "from abc import ABC, ABCMeta, abstractmethod",
                "from java.lang import Runnable",
                "from java.util.concurrent import Executors",
                "from dev.weft.embed.fixtures import Shape",
                "class Task(Runnable, ABC):",
                "    @abstractmethod",
                "    def step(self): ...",
                "    def run(self):",
                "        self.out.append(self.step())",
                "class Hello(Task):",
                "    def __init__(self, out):",
                "        self.out = out",
                "    def step(self):",
                "        return 'hello'",
                "out = []",
                "pool = Executors.newSingleThreadExecutor()",
                "pool.submit(Hello(out)).get()",
                "pool.shutdown()",
                "try:",
                "    Task()",
                "except TypeError as e:",
                "    task_error = str(e)",
                "class Explicit(Runnable, metaclass=ABCMeta):",
                "    def run(self):",
                "        pass",
                "class Labelled(Shape, ABC):",
                "    @abstractmethod",
                "    def label(self): ...",
                "class Sq(Labelled):",
                "    def __init__(self):",
                "        super().__init__('sq', 4)",
                "    def area(self):",
                "        return 4.0",
                "    def label(self):",
                "        return 'square'",
                "try:",
                "    Labelled('x', 1)",
                "except TypeError as e:",
                "    shape_error = str(e)",
                "s = Sq()",
                "return [out, isinstance(Hello(out), Runnable), isinstance(Hello(out), Task), task_error,",
                "        'ok' if isinstance(Explicit(), Runnable) else 'no', shape_error, s.label() + ' ' + str(s.area())]"));
    }

    @Test
    void protectedStaticMembersAreReachableThroughPythonSubclasses() throws IOException {
        assertEquals(List.of("reg:py", "reg:cls", 10L, "reg", 10L), run(
                "from dev.weft.embed.fixtures import Registry",
                "class Mine(Registry):",
                "    def run(self):",
                "        return self.tag('py')",
                "    @classmethod",
                "    def make(cls):",
                "        cls.created = 10",
                "        return cls.tag('cls')",
                "m = Mine()",
                "return [m.callRun(), Mine.make(), Registry.createdCount(), Mine.PREFIX, m.created]"));
    }

    @Test
    void aProtectedMethodIsCallableThroughTheJavaClassWithASubclassInstance() throws IOException {
        assertEquals(List.of("[2.3]", "2.3"), run(
                "from dev.weft.embed.fixtures import Shape",
                "class Boxed(Shape):",
                "    def __init__(self):",
                "        super().__init__('box', 4)",
                "    def area(self):",
                "        return 1.0",
                "    def format(self, value):",
                "        return '[' + Shape.format(self, value) + ']'",
                "b = Boxed()",
                "return [b.format(2.25), Shape.format(b, 2.25)]"));
    }

    @Test
    void protectedStaticMembersThroughTheJavaClassAndNonPublicMembersFailClearly() {
        PythonException viaJavaClass = fails(
                "from dev.weft.embed.fixtures import Registry",
                "return Registry.tag('x')");
        assertEquals("AttributeError", viaJavaClass.pythonType());
        assertEquals("Java method dev.weft.embed.fixtures.Registry.tag is protected: only Python subclasses of "
                + "dev.weft.embed.fixtures.Registry can use it (through the subclass or its instances, e.g. cls.tag "
                + "or self.tag, not through Registry)", viaJavaClass.pythonMessage());
        PythonException packagePrivate = fails(
                "from dev.weft.embed.fixtures import Registry",
                "class Mine(Registry):",
                "    pass",
                "Mine().packageMethod()");
        assertEquals("AttributeError", packagePrivate.pythonType());
        assertEquals("Java member dev.weft.embed.fixtures.Registry.packageMethod is package-private: Python code can "
                + "use public members, and protected ones from Python subclasses", packagePrivate.pythonMessage());
        PythonException privateField = fails(
                "from dev.weft.embed.fixtures import Registry",
                "return Registry().secret");
        assertEquals("Java member dev.weft.embed.fixtures.Registry.secret is private: Python code can use public "
                + "members, and protected ones from Python subclasses", privateField.pythonMessage());
    }
}

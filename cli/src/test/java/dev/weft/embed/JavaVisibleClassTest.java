package dev.weft.embed;

import dev.weft.backend.build.IncrementalCompiler;
import dev.weft.backend.build.SourceTree;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @weft.java_class}: the compiler emits a Java class that Java source compiles against
 * (javac here) and calls with static types.
 */
class JavaVisibleClassTest {
    @TempDir
    Path dir;

    private static final String GREETING = String.join("\n",
            "import weft",
            "",
            "@weft.java_class('com.example.Greeter')",
            "class Greeter:",
            "    def __init__(self, salutation: str, punctuation: str = '!'):",
            "        self.salutation = salutation",
            "        self.punctuation = punctuation",
            "        self.count = 0",
            "    def greet(self, name: str) -> str:",
            "        self.count += 1",
            "        return f'{self.salutation}, {name}{self.punctuation}'",
            "    def greeted(self) -> int:",
            "        return self.count",
            "    def average(self, values: list) -> float:",
            "        return sum(values) / len(values)",
            "    def longest(self, names: list[str]) -> list:",
            "        return sorted(names, key=len, reverse=True)[:2]",
            "    def fail(self) -> None:",
            "        raise ValueError('no greeting today')",
            "    def same(self, other) -> bool:",
            "        return other is self",
            "    def with_salutation(self, salutation: str) -> 'com.example.Greeter':",
            "        return Greeter(salutation, self.punctuation)",
            "    @staticmethod",
            "    def shout(text: str) -> str:",
            "        return text.upper()",
            "    def __str__(self):",
            "        return f'Greeter({self.salutation!r})'",
            "");

    private static final String CALLER = String.join("\n",
            "package app;",
            "import com.example.Greeter;",
            "import java.util.List;",
            "public class UseGreeter implements java.util.function.Supplier<String> {",
            "    public String get() {",
            "        Greeter g = new Greeter(\"Hello\");",
            "        Greeter h = new Greeter(\"Hi\", \"?\");",
            "        String a = g.greet(\"Ada\") + \" \" + h.greet(\"Alan\") + \" \" + g.greet(\"Grace\");",
            "        long n = g.greeted();",
            "        double avg = g.average(List.of(1, 2, 4, 5));",
            "        List<?> top = g.longest(List.of(\"Bo\", \"Alexandra\", \"Eve\"));",
            "        String failure;",
            "        try {",
            "            g.fail();",
            "            failure = \"none\";",
            "        } catch (dev.weft.embed.PythonException e) {",
            "            failure = e.pythonType() + \": \" + e.pythonMessage();",
            "        }",
            "        Greeter other = h.with_salutation(\"Hey\");",
            "        a = a + \" \" + other.greet(\"Bo\");",
            "        return String.join(\" | \", a, Long.toString(n), Double.toString(avg), top.toString(), failure,",
            "                Greeter.shout(\"hey\"), g.toString(), Boolean.toString(g.same(g)), Boolean.toString(g.same(h)));",
            "    }",
            "}",
            "");

    @Test
    void javaSourceCompilesAgainstTheEmittedClassAndCallsItWithStaticTypes() throws Exception {
        assertEquals("Hello, Ada! Hi, Alan? Hello, Grace! Hey, Bo? | 2 | 3.0 | [Alexandra, Eve] | "
                + "ValueError: no greeting today | HEY | Greeter('Hello') | true | false",
                compileAndCall("greeting.py", GREETING, "app.UseGreeter", CALLER));
        assertTrue(Files.isRegularFile(dir.resolve("classes/com/example/Greeter.class")));
    }

    private static final String MONEY = String.join("\n",
            "import weft",
            "",
            "@weft.java_class('com.example.Money')",
            "class Money:",
            "    def __init__(self, cents: int):",
            "        self.cents = cents",
            "    def __eq__(self, other):",
            "        return isinstance(other, Money) and other.cents == self.cents",
            "    def __hash__(self):",
            "        return hash(self.cents)",
            "    def __str__(self):",
            "        return f'{self.cents / 100:.2f} EUR'",
            "");

    private static final String MONEY_CALLER = String.join("\n",
            "package app;",
            "import com.example.Money;",
            "import java.util.*;",
            "public class UseMoney implements java.util.function.Supplier<String> {",
            "    public String get() {",
            "        Set<Money> set = new HashSet<>(List.of(new Money(150), new Money(250)));",
            "        set.add(new Money(150));",
            "        Map<Money, String> names = new HashMap<>();",
            "        names.put(new Money(99), \"cheap\");",
            "        return String.join(\" | \", Integer.toString(set.size()), Boolean.toString(set.contains(new Money(250))),",
            "                names.get(new Money(99)), Boolean.toString(new Money(1).equals(new Money(2))),",
            "                Boolean.toString(new Money(7).hashCode() == new Money(7).hashCode()), new Money(1999).toString());",
            "    }",
            "}",
            "");

    @Test
    void emittedClassesEqualAndHashAsTheirPythonObjectsDo() throws Exception {
        assertEquals("2 | true | cheap | false | true | 19.99 EUR",
                compileAndCall("money.py", MONEY, "app.UseMoney", MONEY_CALLER));
    }

    /** Compiles the Python module, then the Java class against it, and returns what the Java class's get() returns. */
    private String compileAndCall(String pyFile, String pySource, String javaClass, String javaSource) throws Exception {
        Path src = dir.resolve("python");
        Files.createDirectories(src);
        Files.writeString(src.resolve(pyFile), pySource);
        Path classes = dir.resolve("classes");
        IncrementalCompiler.Outcome o = IncrementalCompiler.compile(new SourceTree(src, null, null).modules(), classes,
                dir.resolve("state.txt"));
        assertTrue(o.ok(), () -> o.problems().toString());

        Path javaSrc = dir.resolve("java/" + javaClass.replace('.', '/') + ".java");
        Files.createDirectories(javaSrc.getParent());
        Files.writeString(javaSrc, javaSource);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        String cp = classes + File.pathSeparator + System.getProperty("java.class.path");
        int status = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(), "-cp", cp,
                javaSrc.toString());
        assertEquals(0, status, diagnostics::toString);

        Python.reset();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                JavaVisibleClassTest.class.getClassLoader());
        Python.addClassLoader(loader);
        @SuppressWarnings("unchecked")
        Supplier<String> caller = (Supplier<String>) loader.loadClass(javaClass).getConstructor().newInstance();
        return caller.get();
    }
}

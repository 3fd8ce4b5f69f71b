package dev.weft.backend.facade;

import dev.weft.frontend.parser.PythonParsing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JavaFacadeScannerTest {
    private static List<JavaFacadeSpec> scan(String... lines) {
        String src = String.join("\n", lines) + "\n";
        return JavaFacadeScanner.scan(PythonParsing.parse(src.getBytes(StandardCharsets.UTF_8), "m.py"), "pkg.m");
    }

    private static JavaFacadeSpec.Signature sig(String name, String result, boolean isStatic, String... params) {
        return new JavaFacadeSpec.Signature(name, List.of(params), result, isStatic);
    }

    @Test
    void annotationsGiveJavaTypesAndDefaultsGiveShorterOverloads() {
        List<JavaFacadeSpec> specs = scan(
                "import weft",
                "@weft.java_class('com.example.Greeter')",
                "class Greeter:",
                "    def __init__(self, salutation: str, times: int = 1):",
                "        pass",
                "    def greet(self, name: str, loud: bool, scale: float) -> str: ...",
                "    def tally(self, xs: list[int], m: dict) -> None: ...",
                "    def anything(self, x): ...",
                "    def typed(self, x: 'int', y: 'java.time.Duration') -> 'String[]': ...",
                "    @staticmethod",
                "    def make(n: int) -> set: ...",
                "    def _hidden(self): ...",
                "    @property",
                "    def prop(self): ...",
                "class Plain:",
                "    pass");
        assertEquals(1, specs.size());
        JavaFacadeSpec s = specs.get(0);
        assertEquals("com/example/Greeter", s.internalName());
        assertEquals("pkg.m", s.module());
        assertEquals("Greeter", s.pythonClass());
        assertEquals(List.of(sig("<init>", "V", false, "Ljava/lang/String;"),
                sig("<init>", "V", false, "Ljava/lang/String;", "J")), s.constructors());
        assertEquals(List.of(
                sig("greet", "Ljava/lang/String;", false, "Ljava/lang/String;", "Z", "D"),
                sig("tally", "V", false, "Ljava/util/List;", "Ljava/util/Map;"),
                sig("anything", "Ljava/lang/Object;", false, "Ljava/lang/Object;"),
                sig("typed", "[Ljava/lang/String;", false, "I", "Ljava/time/Duration;"),
                sig("make", "Ljava/util/Set;", true, "J")), s.methods());
    }

    @Test
    void theSignaturesArgumentOverridesAnnotationsAndTheImportedNameIsRecognised() {
        JavaFacadeSpec s = scan(
                "from weft import java_class as jc",
                "@jc('Counter', signatures={'__init__': '(int)', 'add': 'int(int, String)'})",
                "class Counter:",
                "    def __init__(self, start: str): ...",
                "    def add(self, n, label) -> str: ...").get(0);
        assertEquals(List.of(sig("<init>", "V", false, "I")), s.constructors());
        assertEquals(List.of(sig("add", "I", false, "I", "Ljava/lang/String;")), s.methods());
        assertEquals(List.of(sig("<init>", "V", false)), scan("import weft", "@weft.java_class('a.B')", "class B:",
                "    pass").get(0).constructors());
    }

    @Test
    void badDeclarationsAreReportedWithTheirLine() {
        JavaFacadeError name = assertThrows(JavaFacadeError.class, () -> scan("import weft", "",
                "@weft.java_class('com.example.2bad')", "class C:", "    pass"));
        assertEquals("@java_class(): 'com.example.2bad' is not a Java class name", name.getMessage());
        assertEquals(3, name.line());
        JavaFacadeError arity = assertThrows(JavaFacadeError.class, () -> scan("import weft",
                "@weft.java_class('C', signatures={'f': 'int(int, int)'})", "class C:", "    def f(self, x): ..."));
        assertEquals("@java_class(): signature 'int(int, int)' has 2 parameters, f() takes 1", arity.getMessage());
        JavaFacadeError kwOnly = assertThrows(JavaFacadeError.class, () -> scan("import weft",
                "@weft.java_class('C')", "class C:", "    def f(self, *, x): ..."));
        assertEquals("@java_class(): f() has a required keyword-only parameter, which Java callers cannot pass",
                kwOnly.getMessage());
    }

    @Test
    void aDecoratorOfTheSameNameFromAnotherModuleIsIgnored() {
        assertEquals(List.of(), scan("from other import java_class", "@java_class('x.Y')", "class Y:", "    pass"));
    }
}

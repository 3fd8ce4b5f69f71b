package dev.weft.cli;

import dev.weft.frontend.parser.PythonParsing;
import java.util.List;

/** The registry of sub-commands, in the order {@code --help} lists them. */
final class Verbs {
    private static final List<Verb> ALL = List.of(new RunVerb(), new CompileVerb(), new JarVerb(), new IrVerb(),
            new AstVerb(PythonParsing::parse),
            new SymtableVerb(PythonParsing::parse));

    private Verbs() {}

    static List<Verb> all() {
        return ALL;
    }

    static Verb find(String name) {
        for (Verb v : ALL) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }
}

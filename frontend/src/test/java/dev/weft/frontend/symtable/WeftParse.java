package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.parser.PythonParsing;

/** Parses source text with Weft's own tokenizer and parser. */
final class WeftParse {
    private WeftParse() {}

    static Module parse(String source, String filename) {
        return PythonParsing.parse(source, filename);
    }
}

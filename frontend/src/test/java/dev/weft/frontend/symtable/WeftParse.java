package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.parser.PythonParsing;
import dev.weft.frontend.tokenize.PyToken;
import dev.weft.frontend.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Parses source text with Weft's own tokenizer and parser. */
final class WeftParse {
    private WeftParse() {}

    static Module parse(String source, String filename) {
        Tokenizer tokenizer = Tokenizer.forString(source, filename);
        List<PyToken> tokens = new ArrayList<>();
        PyToken t;
        do {
            t = tokenizer.nextToken();
            tokens.add(t);
        } while (t.getType() != Token.EOF);
        return PythonParsing.parseTokens(tokens, source, filename);
    }
}

package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.tokenize.PyToken;
import dev.weft.frontend.tokenize.SourceReader;
import dev.weft.frontend.tokenize.SourceText;
import dev.weft.frontend.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Source bytes → tokenizer → {@link PythonParsing#parseTokens}, for tests that need the whole
 * front end before the parser has an entry point taking bytes. Replace its uses by that entry
 * point when it exists.
 */
final class TokenizeThenParse {
    private TokenizeThenParse() {}

    /** Hands the tokenizer's CPython positions (UTF-8 byte columns) to the parser. */
    private static final class PositionedToken extends CommonToken implements TokenPositions.Span {
        private static final long serialVersionUID = 1L;
        private final PyToken token;

        PositionedToken(PyToken token) {
            super(token);
            this.token = token;
        }

        @Override
        public int startLine() {
            return token.startLine();
        }

        @Override
        public int startCol() {
            return token.startByteCol();
        }

        @Override
        public int endLine() {
            return token.endLine();
        }

        @Override
        public int endCol() {
            return token.endByteCol();
        }
    }

    static Module parse(byte[] source, String filename) {
        SourceText text = SourceReader.read(source, filename);
        Tokenizer tokenizer = new Tokenizer(text);
        List<Token> tokens = new ArrayList<>();
        for (PyToken t = tokenizer.nextToken(); ; t = tokenizer.nextToken()) {
            tokens.add(new PositionedToken(t));
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        StringBuilder decoded = new StringBuilder();
        for (int line = 1; line <= text.lineCount(); line++) {
            decoded.append(text.lineWithNewline(line));
        }
        return PythonParsing.parseTokens(tokens, decoded.toString(), filename);
    }
}

package dev.weft.frontend.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Test-only token source: tokens produced by CPython's own tokenizer (via its tokenize module),
 * one per line as {@code TYPE startLine startCol endLine endCol hexText}, with UTF-8 byte columns.
 * Lets the grammar be tested independently of the hand-written tokenizer.
 */
final class CpythonTokenDump {
    private CpythonTokenDump() {}

    /** A token carrying CPython's positions. */
    static final class DumpToken extends CommonToken implements TokenPositions.Span {
        private static final long serialVersionUID = 1L;
        private final int startLine;
        private final int startCol;
        private final int endLine;
        private final int endCol;

        DumpToken(int type, String text, int startLine, int startCol, int endLine, int endCol) {
            super(type, text);
            this.startLine = startLine;
            this.startCol = startCol;
            this.endLine = endLine;
            this.endCol = endCol;
            setLine(startLine);
            setCharPositionInLine(startCol);
        }

        @Override public int startLine() { return startLine; }
        @Override public int startCol() { return startCol; }
        @Override public int endLine() { return endLine; }
        @Override public int endCol() { return endCol; }
    }

    static List<Token> read(Path file) throws IOException {
        List<Token> tokens = new ArrayList<>();
        int lastLine = 1;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int type = typeOf(f[0]);
            String text = new String(HexFormat.of().parseHex(f[5]), StandardCharsets.UTF_8);
            int sl = Integer.parseInt(f[1]);
            tokens.add(new DumpToken(type, text, sl, Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
            lastLine = sl;
        }
        tokens.add(new DumpToken(Token.EOF, "<EOF>", lastLine, 0, lastLine, 0));
        return tokens;
    }

    private static int typeOf(String name) {
        for (int t = 1; t <= PythonParser.VOCABULARY.getMaxTokenType(); t++) {
            if (name.equals(PythonParser.VOCABULARY.getSymbolicName(t))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown token type " + name);
    }
}

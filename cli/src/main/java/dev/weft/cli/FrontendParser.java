package dev.weft.cli;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.dump.ModuleParser;
import dev.weft.frontend.parser.PythonParsing;
import dev.weft.frontend.tokenize.PyToken;
import dev.weft.frontend.tokenize.SourceReader;
import dev.weft.frontend.tokenize.SourceText;
import dev.weft.frontend.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** The frontend's parse of one file: bytes → decoded source → tokens → {@link Module}. */
final class FrontendParser implements ModuleParser {
    static final FrontendParser INSTANCE = new FrontendParser();

    private FrontendParser() {}

    @Override
    public Module parse(byte[] source, String filename) {
        SourceText text = SourceReader.read(source, filename);
        Tokenizer tokenizer = new Tokenizer(text);
        List<PyToken> tokens = new ArrayList<>();
        PyToken t;
        do {
            t = tokenizer.nextToken();
            tokens.add(t);
        } while (t.getType() != Token.EOF);
        return PythonParsing.parseTokens(tokens, decodedText(text), filename);
    }

    /** The decoded text with newlines normalised, as the tokenizer read it. */
    static String decodedText(SourceText text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= text.lineCount(); i++) {
            sb.append(text.lineWithNewline(i));
        }
        return sb.toString();
    }
}

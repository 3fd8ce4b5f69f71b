package dev.weft.runtime.compile;

/**
 * Python's tokenizer as a service of the runtime, for the {@code _tokenize} module. The
 * runtime does not tokenize Python itself: the compiler's tokenizer (golden-tested against
 * CPython 3.13's) is found with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.weft.runtime.compile.SourceTokenizer} entry, provided by the
 * weft-runtime-compiler artifact) the first time a program tokenizes source, so importing
 * {@code tokenize} (or {@code linecache}, {@code traceback}, {@code logging}) costs nothing.
 */
public interface SourceTokenizer {
    /**
     * The tokens of decoded {@code source}, as CPython's {@code _tokenize.TokenizerIter} yields
     * them: with {@code extraTokens}, COMMENT and NL tokens are included, operators have type
     * OP and keywords NAME (what {@code tokenize.generate_tokens} shows).
     */
    Tokens tokenize(String source, boolean extraTokens);

    /** A stream of tokens. */
    interface Tokens {
        /**
         * The next token, or null after the ENDMARKER.
         *
         * @throws dev.weft.runtime.exc.PyException a Python {@code SyntaxError} (or subclass)
         *         where the source has a tokenizer error
         */
        Token next();
    }

    /**
     * One token: {@code type} is the name of its type in the {@code token} module ("NAME",
     * "OP", "LPAR"...), columns are 0-based code points, {@code line} the physical line(s)
     * the token is on.
     */
    record Token(String type, String string, int startLine, int startCol, int endLine, int endCol, String line) { }
}

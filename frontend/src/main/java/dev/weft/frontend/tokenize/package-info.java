/**
 * Python 3.13 source decoding, tokenizing and literal decoding, behaving as CPython's.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * SourceText src = SourceReader.read(bytes, "pkg/mod.py");   // BOM, PEP 263 cookie, newlines
 * Tokenizer tokenizer = new Tokenizer(src);                    // an ANTLR TokenSource
 * CommonTokenStream tokens = new CommonTokenStream(tokenizer);
 * }</pre>
 * Tokens are {@link dev.weft.frontend.tokenize.PyToken}s typed with
 * {@code dev.weft.frontend.parser.PythonParser}'s constants (hard keywords have their own types;
 * soft keywords are NAME; {@code $ ? `} are {@link dev.weft.frontend.tokenize.TokenNames#OP},
 * which no rule accepts). After ENDMARKER comes ANTLR's EOF. Positions: start/end line,
 * code-point columns (for messages) and UTF-8 byte columns (CPython's {@code col_offset}).
 * Errors are {@link dev.weft.frontend.error.PythonSyntaxError}s thrown by
 * {@code nextToken()} when the offending token is reached, with CPython's message, type
 * (SyntaxError, IndentationError, TabError), position and text.
 *
 * <h2>For the parser and AST builder</h2>
 * <ul>
 *   <li>CPython reports a tokenizer error anywhere in the file in preference to a generic
 *       "invalid syntax": on such an error, drain the tokenizer ({@code nextToken()} until EOF)
 *       and report its error if it throws.</li>
 *   <li>FSTRING_MIDDLE tokens may be empty (e.g. between the fields of a format spec), and
 *       hold a single brace for <code>{{</code> or <code>}}</code> (the text ends after the first brace;
 *       the next token starts after the second), exactly as CPython's tokens.</li>
 *   <li>{@code <>} is a NOTEQUAL token, as in CPython; the parser rejects it (PEP 401).</li>
 *   <li>{@link dev.weft.frontend.tokenize.PyToken#name()} is the NFKC-normalised identifier;
 *       {@link dev.weft.frontend.tokenize.PyToken#fstringDebugText()} is the text of an
 *       {@code f"{x=}"} expression on the '!', ':' or '}' token ending it.</li>
 *   <li>Literal values: {@link dev.weft.frontend.tokenize.StringLiterals} (STRING tokens,
 *       FSTRING_MIDDLE tokens) and {@link dev.weft.frontend.tokenize.NumberLiterals}; their
 *       errors convert to CPython's SyntaxError with {@code syntaxError(e, token, src)}.</li>
 * </ul>
 */
package dev.weft.frontend.tokenize;

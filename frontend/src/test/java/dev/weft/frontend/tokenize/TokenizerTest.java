package dev.weft.frontend.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.parser.PythonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Behaviour of the tokenizer's API that the CPython goldens do not cover. */
class TokenizerTest {

    private static List<PyToken> tokens(String code) {
        Tokenizer t = Tokenizer.forString(code, "t.py");
        List<PyToken> out = new ArrayList<>();
        for (PyToken tok = t.nextToken(); tok.getType() != Token.EOF; tok = t.nextToken()) {
            out.add(tok);
        }
        return out;
    }

    private static List<String> typeNames(String code) {
        List<String> out = new ArrayList<>();
        for (PyToken t : tokens(code)) {
            out.add(TokenNames.name(t.getType()));
        }
        return out;
    }

    @Test
    void hardKeywordsGetTheirOwnTypesAndSoftKeywordsStayNames() {
        assertEquals(List.of("IF", "NAME", "COLON", "PASS", "NEWLINE", "ENDMARKER"), typeNames("if x: pass\n"));
        assertEquals(List.of("NAME", "NAME", "NAME", "NAME", "NEWLINE", "ENDMARKER"),
                typeNames("match case _ type\n"));
        assertEquals(List.of("ASYNC", "DEF", "NAME", "AWAIT", "NONE", "TRUE", "FALSE", "NEWLINE", "ENDMARKER"),
                typeNames("async def f await None True False\n"));
    }

    @Test
    void commentsAndBlankLinesAreNotPassedToTheParser() {
        assertEquals(List.of("NAME", "EQUAL", "NUMBER", "NEWLINE", "NAME", "NEWLINE", "ENDMARKER"),
                typeNames("x = 1  # c\n\n   # d\ny\n"));
    }

    @Test
    void charactersThatAreNoTokenBecomeGenericOpTokensForTheParserToReject() {
        List<PyToken> ts = tokens("x = $ ? `\n");
        assertEquals(List.of("NAME", "EQUAL", "OP", "OP", "OP", "NEWLINE", "ENDMARKER"), typeNames("x = $ ? `\n"));
        assertEquals("$", ts.get(2).getText());
        assertEquals(4, ts.get(2).startCol());
    }

    @Test
    void endmarkerIsFollowedByEofForever() {
        Tokenizer t = Tokenizer.forString("x\n", "t.py");
        while (t.nextToken().getType() != PythonParser.ENDMARKER) {
            // skip
        }
        Token eof = t.nextToken();
        assertEquals(Token.EOF, eof.getType());
        assertSame(eof, t.nextToken());
    }

    @Test
    void worksAsAntlrTokenSource() {
        CommonTokenStream stream = new CommonTokenStream(Tokenizer.forString("a = (1,\n 2)\n", "t.py"));
        stream.fill();
        assertEquals(10, stream.size()); // 8 tokens, ENDMARKER, EOF
        assertEquals(PythonParser.RPAR, stream.get(6).getType());
    }

    @Test
    void columnsAreCodePointsAndUtf8BytesAndNamesAreNfkcNormalised() {
        List<PyToken> ts = tokens("é = 'π😀' + ﬁ\n");
        PyToken eq = ts.get(1);
        assertEquals(2, eq.startCol());
        assertEquals(3, eq.startByteCol());
        PyToken str = ts.get(2);
        assertEquals(4, str.startCol());
        assertEquals(5, str.startByteCol());
        assertEquals(8, str.endCol());
        assertEquals(13, str.endByteCol());
        assertEquals(8, str.getCharPositionInLine() + 4);
        PyToken fi = ts.get(4);
        assertEquals("ﬁ", fi.getText());
        assertEquals("fi", fi.name());
        assertEquals(1, fi.getLine());
    }

    @Test
    void multiLineTokensCarryStartAndEndLines() {
        PyToken s = tokens("x = '''a\nbc'''\n").get(2);
        assertEquals(1, s.startLine());
        assertEquals(4, s.startCol());
        assertEquals(2, s.endLine());
        assertEquals(5, s.endCol());
    }

    @Test
    void sourceLinesAreAvailableForErrorMessages() {
        Tokenizer t = Tokenizer.forString("first\nsecond\r\nthird", "t.py");
        assertEquals("second", t.line(2));
        assertEquals("third", t.line(3));
        assertEquals("third", t.source().lineWithNewline(3));
        assertEquals("first\n", t.source().lineWithNewline(1));
    }

    @Test
    void loneCarriageReturnEndsALine() {
        assertEquals(List.of("NAME", "EQUAL", "NUMBER", "NEWLINE", "NAME", "EQUAL", "STRING", "NEWLINE", "ENDMARKER"),
                typeNames("x = 1\ry = '''a\rb'''\n"));
        assertEquals("a\nb", StringLiterals.decode(tokens("y = '''a\r\nb'''\n").get(2).getText()));
    }

    @Test
    void fstringMiddlesHoldSingleBracesAndDecodeEscapes() {
        List<String> middles = new ArrayList<>();
        for (PyToken t : tokens("f'{{a}}\\t{x}\\N{BULLET}'\n")) {
            if (t.getType() == PythonParser.FSTRING_MIDDLE) {
                middles.add(StringLiterals.decodeFStringMiddle(t.getText(), false));
            }
        }
        assertEquals(List.of("{", "a}", "\t", "\u2022"), middles);
        assertEquals("a\\t", StringLiterals.decodeFStringMiddle("a\\t", true));
    }

    /** Debug texts as CPython's AST shows them (the Constant before the FormattedValue). */
    @Test
    void selfDocumentingExpressionsCarryCPythonsDebugText() {
        assertEquals(List.of("x = "), debugTexts("f\"{x = }\"\n"));
        assertEquals(List.of("x="), debugTexts("f\"{x=!r:>10}\"\n"));
        assertEquals(List.of("x="), debugTexts("f\"{x=:>{w}}\"\n"));
        assertEquals(List.of("x \n="), debugTexts("f\"\"\"{x # c\n=}\"\"\"\n"));
        assertEquals(List.of(" a + b ="), debugTexts("f\"{ a + b =}\"\n"));
        assertEquals(List.of("'"), debugTexts("f\"{'#'=}\"\n"));
        assertEquals(List.of("x=", "y="), debugTexts("f\"{x=}{y=!s}\"\n"));
        assertEquals(List.of(), debugTexts("f\"{x!r}{y}\"\n"));
    }

    /**
     * The debug text of the token ending each top-level replacement field's expression (the
     * first '!', ':' or '}' of the field), the token CPython's parser takes it from.
     */
    private static List<String> debugTexts(String code) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean taken = false;
        for (PyToken t : tokens(code)) {
            int type = t.getType();
            if (type == PythonParser.LBRACE) {
                depth++;
                if (depth == 1) {
                    taken = false;
                }
                continue;
            }
            boolean ender = type == PythonParser.EXCLAMATION || type == PythonParser.COLON
                    || type == PythonParser.RBRACE;
            if (depth == 1 && ender && !taken) {
                taken = true;
                if (t.fstringDebugText() != null) {
                    out.add(t.fstringDebugText());
                }
            }
            if (type == PythonParser.RBRACE) {
                depth--;
            }
        }
        return out;
    }

    @Test
    void otherTokensHaveNoDebugText() {
        for (PyToken t : tokens("x = {1: 2}\n")) {
            assertNull(t.fstringDebugText());
        }
    }

    @Test
    void literalErrorsArePlacedAtTheTokenAsCPythonDoes() {
        SourceText src = SourceText.of("x = (1,\n  \"\\x4\")\n", "t.py");
        Tokenizer t = new Tokenizer(src);
        PyToken str = null;
        for (PyToken tok = t.nextToken(); tok.getType() != Token.EOF; tok = t.nextToken()) {
            if (tok.getType() == PythonParser.STRING) {
                str = tok;
            }
        }
        PyToken token = str;
        StringLiterals.LiteralError e = assertThrows(StringLiterals.LiteralError.class,
                () -> StringLiterals.decode(token.getText()));
        PythonSyntaxError err = StringLiterals.syntaxError(e, token, src);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
                err.msg);
        assertEquals(List.of(2, 3, 2, 8), List.of(err.lineno, err.offset, err.endLineno, err.endOffset));
        assertEquals("  \"\\x4\")\n", err.text);
    }

    @Test
    void hugeDecimalLiteralsHitCPythonsDigitLimit() {
        String digits = "1".repeat(4301);
        assertThrows(NumberLiterals.NumberLiteralError.class, () -> NumberLiterals.decode(digits));
        assertEquals(4300, NumberLiterals.decode("1".repeat(4300)).toString().length());
        assertEquals(20000, ((java.math.BigInteger) NumberLiterals.decode("0x" + "f".repeat(5000))).bitLength());
    }

    @Test
    void tokenizerErrorsAreRaisedWhenTheTokenIsReached() {
        Tokenizer t = Tokenizer.forString("x = 1\ny = 0x\n", "t.py");
        for (int i = 0; i < 4; i++) {
            t.nextToken();
        }
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> {
            for (int i = 0; i < 10; i++) {
                t.nextToken();
            }
        });
        assertEquals("invalid hexadecimal literal", e.msg);
        assertEquals(2, e.lineno);
    }

    @Test
    void sourceReaderHonoursCodingCookies() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("x = '\u00e9'", SourceReader.read(latin1, "t.py").line(2));
        byte[] bom = "\uFEFFx = 1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("x = 1", SourceReader.read(bom, "t.py").line(1));
        assertEquals("windows-1252", SourceReader.javaCharsetFor("CP1252"));
        assertEquals("ISO-8859-1", SourceReader.javaCharsetFor("Latin_1"));
    }
}

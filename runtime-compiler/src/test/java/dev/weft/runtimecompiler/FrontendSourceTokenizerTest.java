package dev.weft.runtimecompiler;

import dev.weft.runtime.compile.SourceTokenizer;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expected values are what CPython 3.13's {@code _tokenize.TokenizerIter} yields for the same sources. */
class FrontendSourceTokenizerTest {
    private static List<String> tokens(String source) {
        SourceTokenizer.Tokens ts = new FrontendSourceTokenizer().tokenize(source);
        List<String> out = new ArrayList<>();
        for (SourceTokenizer.Token t = ts.next(); t != null; t = ts.next()) {
            out.add(t.type() + " " + t.string().replace("\n", "\\n").replace("\r", "\\r") + " " + t.startLine() + ","
                    + t.startCol() + "-" + t.endLine() + "," + t.endCol() + " |" + t.line().replace("\n", "\\n")
                    .replace("\r", "\\r"));
        }
        return out;
    }

    @Test
    void extraTokensGiveCommentsNlOperatorsAsOpAndEmptyLinesForTrailingTokens() {
        assertEquals(List.of(
                "NAME if 1,0-1,2 |if x:  # c\\n",
                "NAME x 1,3-1,4 |if x:  # c\\n",
                "OP : 1,4-1,5 |if x:  # c\\n",
                "COMMENT # c 1,7-1,10 |if x:  # c\\n",
                "NEWLINE \\n 1,10-1,11 |if x:  # c\\n",
                "INDENT      2,0-2,4 |    y = '''a\\n",
                "NAME y 2,4-2,5 |    y = '''a\\n",
                "OP = 2,6-2,7 |    y = '''a\\n",
                "STRING '''a\\nb''' 2,8-3,4 |    y = '''a\\nb'''",
                "NEWLINE  3,4-3,5 |b'''",
                "DEDENT  4,0-4,0 |",
                "ENDMARKER  4,0-4,0 |"), tokens("if x:  # c\n    y = '''a\nb'''"));
    }

    @Test
    void crlfLinesKeepTheirLineEndInNewlineTokensAndLines() {
        assertEquals(List.of("NAME x 1,0-1,1 |x\\r\\n", "NEWLINE \\r\\n 1,1-1,3 |x\\r\\n", "NL \\r\\n 2,0-2,2 |\\r\\n",
                "ENDMARKER  3,0-3,0 |"), tokens("x\r\n\r\n"));
    }

    @Test
    void anUnclosedBracketAtTheEndIsTheTokenizersEofError() {
        PyException e = assertThrows(PyException.class, () -> tokens("x = (1,\n2,\n"));
        assertEquals("unexpected EOF in multi-line statement", Ops.strString(Attr.getAttr(e.value, "msg")));
        assertEquals("2", Ops.strString(Attr.getAttr(e.value, "lineno")));
        assertEquals("0", Ops.strString(Attr.getAttr(e.value, "offset")));
    }
}

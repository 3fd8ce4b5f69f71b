package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.FormattedValue;
import dev.weft.frontend.ast.JoinedStr;
import dev.weft.frontend.parser.PythonParser.*;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds string atoms: implicitly concatenated STRING tokens and PEP 701 f-strings become one
 * {@code Constant} or one {@code JoinedStr}, as in CPython (adjacent literal parts merged, empty
 * ones dropped, {@code =} debug text, conversions, nested format specs).
 */
final class StringsBuilder {
    private final BuildSupport support;
    private final ExpressionBuilder expressions;

    StringsBuilder(BuildSupport support, ExpressionBuilder expressions) {
        this.support = support;
        this.expressions = expressions;
    }

    Expr strings(StringsContext ctx) {
        List<ParseTree> parts = ctx.children;
        boolean bytes = isBytes(parts.get(0));
        for (ParseTree part : parts) {
            if (isBytes(part) != bytes) {
                Token after = support.next(ctx.stop);
                throw support.error("cannot mix bytes and nonbytes literals", after);
            }
        }
        if (ctx.fstring().isEmpty()) {
            return bytes ? bytesConstant(ctx) : strConstant(ctx);
        }
        List<Expr> pieces = new ArrayList<>();
        for (ParseTree part : parts) {
            if (part instanceof TerminalNode t) {
                Token token = t.getSymbol();
                String text = token.getText();
                addLiteral(pieces, decode(token, LiteralValues.body(text), LiteralValues.prefix(text).contains("r")),
                           token, token);
            } else {
                fstring((FstringContext) part, pieces);
            }
        }
        return support.at(new JoinedStr(dropEmpty(pieces)), ctx);
    }

    private static boolean isBytes(ParseTree part) {
        if (part instanceof TerminalNode t) {
            return LiteralValues.prefix(t.getText()).contains("b");
        }
        return false;
    }

    private Expr strConstant(StringsContext ctx) {
        StringBuilder value = new StringBuilder();
        for (TerminalNode t : ctx.STRING()) {
            String text = t.getText();
            value.append(decode(t.getSymbol(), LiteralValues.body(text), LiteralValues.prefix(text).contains("r")));
        }
        String kind = LiteralValues.prefix(ctx.STRING(0).getText()).contains("u") ? "u" : null;
        return support.at(new Constant(value.toString(), kind), ctx);
    }

    private Expr bytesConstant(StringsContext ctx) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (TerminalNode t : ctx.STRING()) {
            String text = t.getText();
            try {
                value.writeBytes(LiteralValues.bytes(LiteralValues.body(text), LiteralValues.prefix(text).contains("r")));
            } catch (LiteralValues.LiteralError e) {
                throw support.error(e.getMessage(), t.getSymbol());
            }
        }
        return support.at(new Constant(new ConstantValue.Bytes(value.toByteArray()), null), ctx);
    }

    private String decode(Token token, String body, boolean raw) {
        try {
            return LiteralValues.string(body, raw);
        } catch (LiteralValues.LiteralError e) {
            throw support.error(e.getMessage(), token);
        }
    }

    private String decodeMiddle(Token token, boolean raw) {
        String value = decode(token, token.getText(), raw);
        if (value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
            value = value.replace("{{", "{").replace("}}", "}");
        }
        return value;
    }

    private void fstring(FstringContext ctx, List<Expr> pieces) {
        boolean raw = LiteralValues.prefix(ctx.FSTRING_START().getText()).contains("r");
        for (ParseTree child : ctx.children) {
            if (child instanceof Fstring_replacement_fieldContext field) {
                replacementField(field, raw, pieces);
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == PythonParser.FSTRING_MIDDLE) {
                addLiteral(pieces, decodeMiddle(t.getSymbol(), raw), t.getSymbol(), t.getSymbol());
            }
        }
    }

    private void replacementField(Fstring_replacement_fieldContext ctx, boolean raw, List<Expr> pieces) {
        Expr value = expressions.annotatedRhs(ctx.annotated_rhs());
        Token lbrace = ctx.LBRACE().getSymbol();
        boolean debug = ctx.EQUAL() != null;
        if (debug) {
            Token after = support.next(ctx.EQUAL().getSymbol());
            int line = TokenPositions.endLine(lbrace);
            int col = TokenPositions.endCol(lbrace);
            int endLine = TokenPositions.line(after);
            int endCol = TokenPositions.col(after);
            String text = support.source.text(line, col, endLine, endCol);
            Constant c = new Constant(text, null).at(line, col, endLine, endCol);
            mergeOrAdd(pieces, c);
        }
        int conversion = -1;
        if (ctx.EXCLAMATION() != null) {
            Token name = ctx.NAME().getSymbol();
            String conv = name.getText();
            if (!conv.equals("s") && !conv.equals("r") && !conv.equals("a")) {
                throw support.error("f-string: invalid conversion character '" + conv
                                    + "': expected 's', 'r', or 'a'", name);
            }
            conversion = conv.charAt(0);
        } else if (debug && ctx.COLON() == null) {
            conversion = 'r';
        }
        Expr spec = null;
        if (ctx.COLON() != null) {
            List<Expr> specPieces = new ArrayList<>();
            for (Fstring_format_specContext part : ctx.fstring_format_spec()) {
                if (part.FSTRING_MIDDLE() != null) {
                    Token t = part.FSTRING_MIDDLE().getSymbol();
                    addLiteral(specPieces, decodeMiddle(t, raw), t, t);
                } else {
                    replacementField(part.fstring_replacement_field(), raw, specPieces);
                }
            }
            Token colon = ctx.COLON().getSymbol();
            List<Fstring_format_specContext> specParts = ctx.fstring_format_spec();
            Token last = specParts.isEmpty() ? colon : specParts.get(specParts.size() - 1).stop;
            spec = support.at(new JoinedStr(dropEmpty(specPieces)), colon, last);
        }
        pieces.add(support.at(new FormattedValue(value, conversion, spec), ctx));
    }

    private void addLiteral(List<Expr> pieces, String value, Token first, Token last) {
        mergeOrAdd(pieces, support.at(new Constant(value, null), first, last));
    }

    /** Appends a literal part, merging it into a literal part just before it. */
    private static void mergeOrAdd(List<Expr> pieces, Constant c) {
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof Constant prev) {
            prev.value = (String) prev.value + c.value;
            prev.endLineno = c.endLineno;
            prev.endColOffset = c.endColOffset;
        } else {
            pieces.add(c);
        }
    }

    private static List<Expr> dropEmpty(List<Expr> pieces) {
        pieces.removeIf(p -> p instanceof Constant c && ((String) c.value).isEmpty());
        return pieces;
    }
}

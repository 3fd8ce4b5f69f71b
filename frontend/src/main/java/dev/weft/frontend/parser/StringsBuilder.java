package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.FormattedValue;
import dev.weft.frontend.ast.JoinedStr;
import dev.weft.frontend.parser.PythonParser.*;
import dev.weft.frontend.tokenize.PyToken;
import dev.weft.frontend.tokenize.StringLiterals;
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
                addLiteral(pieces, (String) decode(token), token, token);
            } else {
                fstring((FstringContext) part, pieces);
            }
        }
        return support.at(new JoinedStr(dropEmpty(pieces)), ctx);
    }

    private static boolean isBytes(ParseTree part) {
        return part instanceof TerminalNode t && StringLiterals.isBytes(t.getText());
    }

    /** Whether a STRING token has the u prefix (CPython's {@code kind='u'}). */
    private static boolean isUnicodePrefixed(String tokenText) {
        char c = tokenText.charAt(0);
        return c == 'u' || c == 'U';
    }

    private Expr strConstant(StringsContext ctx) {
        List<TerminalNode> parts = ctx.STRING();
        String single = parts.size() == 1 ? (String) decode(parts.get(0).getSymbol()) : null;
        StringBuilder value = single == null ? new StringBuilder() : null;
        if (single == null) {
            for (TerminalNode t : parts) {
                value.append((String) decode(t.getSymbol()));
            }
        }
        String kind = isUnicodePrefixed(parts.get(0).getText()) ? "u" : null;
        String text = single != null ? single : value.toString();
        Object constant = hasSurrogatePair(text) ? exactValue(text, parts) : text;
        return support.at(new Constant(constant, kind), ctx);
    }

    private static boolean hasSurrogatePair(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A str whose Java form has a surrogate pair: the pair may be an astral character of the
     * source or two escaped lone surrogates; only the code points of the tokens tell.
     */
    private static Object exactValue(String text, List<TerminalNode> parts) {
        int[][] pieces = new int[parts.size()][];
        int total = 0;
        for (int k = 0; k < pieces.length; k++) {
            pieces[k] = StringLiterals.decodeCodePoints(parts.get(k).getText());
            total += pieces[k].length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        for (int i = 0; i + 1 < all.length; i++) {
            if (Character.isHighSurrogate((char) all[i]) && all[i] <= 0xffff
                    && Character.isLowSurrogate((char) all[i + 1]) && all[i + 1] <= 0xffff) {
                return new ConstantValue.CodePointStr(all);
            }
        }
        return text;
    }

    private Expr bytesConstant(StringsContext ctx) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (TerminalNode t : ctx.STRING()) {
            value.writeBytes(((ConstantValue.Bytes) decode(t.getSymbol())).toArray());
        }
        return support.at(new Constant(new ConstantValue.Bytes(value.toByteArray()), null), ctx);
    }

    /** A STRING token's value: String or Bytes. */
    private Object decode(Token token) {
        try {
            return StringLiterals.decode(token.getText());
        } catch (StringLiterals.LiteralError e) {
            throw literalError(e, token);
        }
    }

    private String decodeMiddle(Token token, boolean raw) {
        try {
            return StringLiterals.decodeFStringMiddle(token.getText(), raw);
        } catch (StringLiterals.LiteralError e) {
            throw literalError(e, token);
        }
    }

    private RuntimeException literalError(StringLiterals.LiteralError e, Token token) {
        if (token instanceof PyToken p && support.sourceText != null) {
            return StringLiterals.syntaxError(e, p, support.sourceText);
        }
        return support.error(e.getMessage(), token);
    }

    private void fstring(FstringContext ctx, List<Expr> pieces) {
        boolean raw = StringLiterals.isRaw(ctx.FSTRING_START().getText());
        for (ParseTree child : ctx.children) {
            if (child instanceof Fstring_replacement_fieldContext field) {
                replacementField(field, raw, pieces);
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == PythonParser.FSTRING_MIDDLE) {
                addMiddle(pieces, t.getSymbol(), raw);
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
            // The tokenizer knows the expression text with comments removed, as CPython uses it.
            String text = after instanceof PyToken p && p.fstringDebugText() != null
                ? p.fstringDebugText() : support.source.text(line, col, endLine, endCol);
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
                    addMiddle(specPieces, part.FSTRING_MIDDLE().getSymbol(), raw);
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

    /**
     * A literal part of an f-string. A middle token ending in a doubled brace stops before the
     * second brace (as CPython's tokenize module reports it); CPython's parser counts that brace
     * in the constant's extent.
     */
    private void addMiddle(List<Expr> pieces, Token token, boolean raw) {
        Constant c = support.at(new Constant(decodeMiddle(token, raw), null), token, token);
        String text = token.getText();
        if (!text.isEmpty() && (text.endsWith("{") || text.endsWith("}"))) {
            String next = support.source.text(c.endLineno, c.endColOffset, c.endLineno, c.endColOffset + 1);
            if (next.equals(text.substring(text.length() - 1))) {
                c.endColOffset++;
            }
        }
        mergeOrAdd(pieces, c);
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

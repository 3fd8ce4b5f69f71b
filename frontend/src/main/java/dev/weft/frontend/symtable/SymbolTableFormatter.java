package dev.weft.frontend.symtable;

import java.util.ArrayList;
import java.util.List;

/**
 * The stable text form of a symbol table, identical to what frontend/tools/symtable_dump.py
 * prints from CPython's {@code _symtable} for the same file. One scope per block, depth-first
 * in CPython's child order, children indented two more spaces:
 * <pre>
 * module top line 0
 *   params .0 x            (only when the scope has parameters, in order)
 *   name SCOPE FLAG|FLAG   (one line per symbol, sorted by code point)
 * </pre>
 * Symbols are sorted because CPython adds names that are free only in children in set order.
 */
public final class SymbolTableFormatter {
    private SymbolTableFormatter() {}

    public static String format(SymbolTable table) {
        StringBuilder sb = new StringBuilder();
        append(sb, table.top(), "");
        return sb.toString();
    }

    /** The one line that stands for a file whose symbol table raised {@code e}. */
    public static String formatError(dev.weft.frontend.error.PythonSyntaxError e) {
        return "error " + e.type + ": " + e.msg + " (" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":"
                + e.endOffset + ")\n";
    }

    private static void append(StringBuilder sb, Scope s, String indent) {
        sb.append(indent).append(s.type.pythonName().replace(' ', '_')).append(' ').append(s.name)
          .append(" line ").append(s.lineno);
        if (s.nested) {
            sb.append(" nested");
        }
        sb.append('\n');
        if (!s.varnames.isEmpty()) {
            sb.append(indent).append("  params");
            for (String v : s.varnames) {
                sb.append(' ').append(v);
            }
            sb.append('\n');
        }
        List<Symbol> symbols = new ArrayList<>(s.symbols());
        symbols.sort((a, b) -> compareCodePoints(a.name(), b.name()));
        for (Symbol sym : symbols) {
            sb.append(indent).append("  ").append(sym.name()).append(' ')
              .append(sym.scope() == null ? "0" : sym.scope().name()).append(' ')
              .append(SymbolFlags.format(sym.flags())).append('\n');
        }
        for (Scope c : s.children) {
            append(sb, c, indent + "  ");
        }
    }

    /** Orders as Python orders str: by code point (Java's compareTo orders by UTF-16 unit). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}

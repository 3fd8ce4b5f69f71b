package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Node;

/** A source range as CPython's AST stores it: 1-based lines, 0-based UTF-8 byte columns. */
record Location(int lineno, int colOffset, int endLineno, int endColOffset) {
    static Location of(Node n) {
        return new Location(n.lineno, n.colOffset, n.endLineno, n.endColOffset);
    }

    static final Location NONE = new Location(0, 0, 0, 0);
}

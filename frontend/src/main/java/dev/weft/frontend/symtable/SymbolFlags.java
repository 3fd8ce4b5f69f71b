package dev.weft.frontend.symtable;

import java.util.List;

/**
 * The flag bits CPython 3.13 records per name and scope (Include/internal/pycore_symtable.h),
 * with the same values, so that dumps compare one to one with {@code _symtable}.
 */
public final class SymbolFlags {
    private SymbolFlags() {}

    /** Declared {@code global}. */
    public static final int DEF_GLOBAL = 1;
    /** Bound: assignment target, def/class name, for/with/except/match target, walrus. */
    public static final int DEF_LOCAL = 2;
    /** A formal parameter (including the implicit {@code .0} of comprehensions). */
    public static final int DEF_PARAM = 4;
    /** Declared {@code nonlocal}. */
    public static final int DEF_NONLOCAL = 8;
    /** Read (a {@code Load} of the name). */
    public static final int USE = 16;
    /** Never set by CPython 3.13's symtable; kept for the value table. */
    public static final int DEF_FREE = 32;
    /** Free in a nested scope while also bound or used in this class (or class-seeing) scope. */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 128;
    /** Target of a simple annotated assignment ({@code x: int}). */
    public static final int DEF_ANNOT = 256;
    /** A comprehension iteration variable. */
    public static final int DEF_COMP_ITER = 512;
    /** A PEP 695 type parameter. */
    public static final int DEF_TYPE_PARAM = 1024;
    /** A name an inlined comprehension needs as a cell (PEP 709). */
    public static final int DEF_COMP_CELL = 2048;

    /** Any kind of binding. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Bit position of the scope value inside CPython's combined flags word. */
    static final int SCOPE_OFFSET = 12;
    static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    /** Flag names in bit order, as the dump prints them. */
    public static final List<String> NAMES = List.of("DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL",
            "USE", "DEF_FREE", "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM",
            "DEF_COMP_CELL");

    /** {@code flags} as {@code NAME|NAME}, in bit order ({@code -} when none is set). */
    public static String format(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < NAMES.size(); bit++) {
            if ((flags & (1 << bit)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(NAMES.get(bit));
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }
}

package dev.weft.runtime.ops;

/** Binary operators: their special method names and symbol (for error messages). */
public enum BinOp {
    ADD("__add__", "__radd__", "__iadd__", "+"),
    SUB("__sub__", "__rsub__", "__isub__", "-"),
    MUL("__mul__", "__rmul__", "__imul__", "*"),
    MATMUL("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    TRUEDIV("__truediv__", "__rtruediv__", "__itruediv__", "/"),
    FLOORDIV("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    MOD("__mod__", "__rmod__", "__imod__", "%"),
    DIVMOD("__divmod__", "__rdivmod__", null, "divmod()"),
    POW("__pow__", "__rpow__", "__ipow__", "** or pow()"),
    LSHIFT("__lshift__", "__rlshift__", "__ilshift__", "<<"),
    RSHIFT("__rshift__", "__rrshift__", "__irshift__", ">>"),
    AND("__and__", "__rand__", "__iand__", "&"),
    OR("__or__", "__ror__", "__ior__", "|"),
    XOR("__xor__", "__rxor__", "__ixor__", "^");

    public final String name, rname, iname, symbol;

    BinOp(String name, String rname, String iname, String symbol) {
        this.name = name;
        this.rname = rname;
        this.iname = iname;
        this.symbol = symbol;
    }
}

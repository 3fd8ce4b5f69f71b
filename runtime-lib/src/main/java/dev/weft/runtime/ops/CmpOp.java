package dev.weft.runtime.ops;

/** Rich comparison operators. */
public enum CmpOp {
    LT("__lt__", "<"), LE("__le__", "<="), EQ("__eq__", "=="), NE("__ne__", "!="), GT("__gt__", ">"), GE("__ge__", ">=");

    public final String name, symbol;

    CmpOp(String name, String symbol) {
        this.name = name;
        this.symbol = symbol;
    }

    public CmpOp reflected() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    /** Applies the operator to the result of a three-way comparison. */
    public boolean test(int c) {
        switch (this) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }
}
